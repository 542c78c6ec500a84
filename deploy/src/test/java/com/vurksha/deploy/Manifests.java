package com.vurksha.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** A rendered set of manifests, typed by fabric8. */
record Manifests(String name, List<HasMetadata> resources) {

	private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

	static Manifests render(Path kustomizationDir) {
		return of(kustomizationDir.toString(), Kustomize.render(kustomizationDir));
	}

	static Manifests parse(String yaml) {
		return of("inline", Kustomize.documents(yaml));
	}

	static Manifests of(String name, List<Map<String, Object>> documents) {
		return new Manifests(name, documents.stream().map(Manifests::typed).toList());
	}

	static HasMetadata typed(Map<String, Object> document) {
		return SERIALIZATION.unmarshal(SERIALIZATION.asJson(document));
	}

	<T extends HasMetadata> List<T> all(Class<T> type) {
		return resources.stream().filter(type::isInstance).map(type::cast).toList();
	}

	List<Deployment> deployments() {
		return all(Deployment.class);
	}

	Optional<ConfigMap> configMap(String configMapName) {
		return all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(configMapName)).findFirst();
	}
}
