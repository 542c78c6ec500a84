package com.vurksha.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule, shown catching a violation: the rendered base (which passes) is broken in one place, or a small broken
 * manifest is written out, and the rule must name the problem.
 */
class ManifestRulesCatchViolationsTests {

	private static final String CONTAINER = "/spec/template/spec/containers/0";

	private final List<Map<String, Object>> base = Kustomize.render(DeployManifestsTests.BASE);

	/** A small Deployment that passes every per-Deployment rule; tests break one thing in it. */
	private static final String GOOD_DEPLOYMENT = """
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: demo
			spec:
			  replicas: 3
			  selector:
			    matchLabels: {app: demo}
			  template:
			    metadata:
			      labels: {app: demo}
			    spec:
			      containers:
			        - name: demo
			          image: demo:1
			          ports: [{name: http, containerPort: 8080}]
			          env:
			            - {name: JAVA_TOOL_OPTIONS, value: "-XX:MaxRAMPercentage=75.0"}
			%s
			          livenessProbe: {httpGet: {path: /actuator/health/liveness, port: http}}
			          readinessProbe: {httpGet: {path: /actuator/health/readiness, port: http}}
			          startupProbe: {httpGet: {path: /actuator/health/liveness, port: http}}
			""";

	@Test
	void theUnbrokenBasePasses() {
		assertThat(ManifestRules.check(Manifests.of("base", base))).isEmpty();
	}

	@Test
	void replicasBelowThree() {
		patch("Deployment", "product-service", "replace", "/spec/replicas", 2);
		assertThat(ManifestRules.replicas(manifests())).containsExactly("Deployment/product-service: replicas 2 < 3");
	}

	@Test
	void probesOffTheActuatorPathsOrMissing() {
		patch("Deployment", "gateway", "replace", CONTAINER + "/livenessProbe/httpGet/path", "/health");
		patch("Deployment", "user-service", "remove", CONTAINER + "/readinessProbe", null);
		patch("Deployment", "product-service", "remove", CONTAINER + "/startupProbe", null);
		assertThat(ManifestRules.probes(manifests())).containsExactlyInAnyOrder(
				"Deployment/gateway container gateway: livenessProbe path /health is not /actuator/health/liveness",
				"Deployment/user-service container user-service: no HTTP readinessProbe",
				"Deployment/product-service container product-service: no startupProbe");
	}

	@Test
	void probeOnAPortTheContainerDoesNotOpen() {
		patch("Deployment", "gateway", "replace", CONTAINER + "/readinessProbe/httpGet/port", "debug");
		assertThat(ManifestRules.probes(manifests()))
			.containsExactly("Deployment/gateway container gateway: readinessProbe port debug is not a container port");
	}

	@Test
	void missingLimitsOrHeapSizing() {
		patch("Deployment", "user-service", "remove", CONTAINER + "/resources/limits", null);
		patch("Deployment", "gateway", "replace", CONTAINER + "/env/0/value", "-Xss512k");
		assertThat(ManifestRules.resources(manifests())).containsExactlyInAnyOrder(
				"Deployment/user-service container user-service: no cpu limit",
				"Deployment/user-service container user-service: no memory limit",
				"Deployment/gateway container gateway: JAVA_TOOL_OPTIONS does not size the heap with MaxRAMPercentage");
	}

	@Test
	void rootOrWritableRoot() {
		patch("Deployment", "gateway", "replace", CONTAINER + "/securityContext/runAsNonRoot", false);
		patch("Deployment", "gateway", "replace", CONTAINER + "/securityContext/readOnlyRootFilesystem", false);
		patch("Deployment", "product-service", "remove", CONTAINER + "/volumeMounts", null);
		assertThat(ManifestRules.nonRoot(manifests())).containsExactlyInAnyOrder(
				"Deployment/gateway container gateway: not runAsNonRoot",
				"Deployment/gateway container gateway: root filesystem is writable",
				"Deployment/product-service container product-service: no emptyDir mounted at /tmp (needed with a read-only root)");
	}

	@Test
	void disruptionBudgetMissingOrTooStrict() {
		patch("PodDisruptionBudget", "user-service", "replace", "/spec/selector/matchLabels/app.kubernetes.io~1name",
				"users");
		patch("PodDisruptionBudget", "gateway", "replace", "/spec/minAvailable", 3);
		assertThat(ManifestRules.disruptionBudgets(manifests())).containsExactlyInAnyOrder(
				"Deployment/user-service: 0 PodDisruptionBudgets select it, want 1",
				"Deployment/gateway: PodDisruptionBudget minAvailable 3 leaves no pod evictable; node drains would hang");
	}

	@Test
	void autoscalerMissingOrBelowThree() {
		patch("HorizontalPodAutoscaler", "product-service", "replace", "/spec/scaleTargetRef/name", "products");
		patch("HorizontalPodAutoscaler", "gateway", "replace", "/spec/minReplicas", 1);
		assertThat(ManifestRules.autoscalers(manifests())).containsExactlyInAnyOrder(
				"Deployment/product-service: 0 HorizontalPodAutoscalers target it, want 1",
				"HorizontalPodAutoscaler/gateway: minReplicas 1 < 3");
	}

	@Test
	void rollingUpdateThatDropsReadyPods() {
		patch("Deployment", "gateway", "replace", "/spec/strategy/rollingUpdate/maxUnavailable", 1);
		assertThat(ManifestRules.rollingUpdate(manifests()))
			.containsExactly("Deployment/gateway: rolling update may take a ready pod away (maxUnavailable must be 0)");
	}

	@Test
	void secretsWrittenIntoTheManifests() {
		Manifests m = Manifests.parse(GOOD_DEPLOYMENT.formatted("""
				            - {name: SPRING_DATASOURCE_PASSWORD, value: hunter2}
				            - {name: VURKSHA_AUTH_KEYS_0_JWK, valueFrom: {configMapKeyRef: {name: jwt, key: jwk}}}
				            - {name: SIGNING, value: "-----BEGIN PRIVATE KEY-----MIGHAgEAMBMGByqGSM49"}
				""") + """
				---
				apiVersion: v1
				kind: ConfigMap
				metadata: {name: leaky}
				data:
				  OTP_HASH_SECRET: s3cr3t
				  NOTES: "{\\"kty\\":\\"EC\\",\\"d\\":\\"abc\\"}"
				---
				apiVersion: v1
				kind: Secret
				metadata: {name: user-service-db}
				stringData: {password: hunter2}
				""");
		assertThat(ManifestRules.noSecretValues(m)).containsExactlyInAnyOrder(
				"Secret/user-service-db: Secrets are created in the cluster, never committed (see deploy/README.md)",
				"ConfigMap/leaky: key OTP_HASH_SECRET looks secret; use a Secret and secretKeyRef",
				"ConfigMap/leaky: value of NOTES looks like secret material",
				"Deployment/demo container demo env SPRING_DATASOURCE_PASSWORD: must come from a Secret via secretKeyRef",
				"Deployment/demo container demo env VURKSHA_AUTH_KEYS_0_JWK: must come from a Secret via secretKeyRef",
				"Deployment/demo container demo env SIGNING: value looks like secret material");
	}

	@Test
	void misspelledFieldsAndKinds() {
		Manifests m = Manifests.parse("""
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: demo
				  lables: {app: demo}
				spec:
				  replica: 3
				  selector:
				    matchLabels: {app: demo}
				  template:
				    metadata:
				      labels: {app: demo}
				    spec:
				      containers:
				        - name: demo
				          image: demo:1
				          readinesProbe: {httpGet: {path: /actuator/health/readiness, port: 8080}}
				          livenessProbe: {httpGet: {path: /actuator/health/liveness, prot: 8080}}
				---
				apiVersion: policy/v1
				kind: PodDisruptonBudget
				metadata: {name: demo}
				spec: {minAvailable: 2}
				""");
		assertThat(ManifestRules.unknownFields(m)).containsExactlyInAnyOrder(
				"Deployment/demo: unknown field metadata.lables",
				"Deployment/demo: unknown field spec.replica",
				"Deployment/demo: unknown field spec.template.spec.containers[0].readinesProbe",
				"Deployment/demo: unknown field spec.template.spec.containers[0].livenessProbe.httpGet.prot",
				"PodDisruptonBudget/demo: unknown kind PodDisruptonBudget in policy/v1");
	}

	@Test
	void servicesReachableFromOutside() {
		patch("Ingress", "gateway", "replace", "/spec/rules/0/http/paths/0/backend/service/name", "user-service");
		patch("Service", "product-service", "add", "/spec/type", "LoadBalancer");
		patch("NetworkPolicy", "services-from-vurksha", "add", "/spec/ingress/0/from/-",
				Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "default"))));
		base.removeIf(doc -> "default-deny-ingress".equals(Kustomize.metadata(doc).get("name")));
		List<String> expected = new ArrayList<>(List.of("Ingress/gateway: path /api routes to user-service, not gateway",
				"Service/product-service: type LoadBalancer exposes it outside the cluster",
				"no default-deny ingress NetworkPolicy"));
		// the policy admits the other namespace to every service behind the gateway (the admin service has its own)
		DeployManifestsTests.WORKLOADS.stream()
			.filter(workload -> !"gateway".equals(workload) && !"admin-service".equals(workload))
			.forEach(service -> expected.add("NetworkPolicy/services-from-vurksha: admits another namespace to " + service));
		assertThat(ManifestRules.exposure(manifests())).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void adminServiceAdmittingAnotherService() {
		patch("NetworkPolicy", "admin-service-from-gateway", "add", "/spec/ingress/0/from/-",
				Map.of("podSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", "order-service"))));
		assertThat(NetworkReach.reachedOnlyFrom(manifests(), "admin-service", "gateway")).containsExactly(
				"NetworkPolicy/admin-service-from-gateway: admits sources other than gateway to admin-service");
	}

	@Test
	void adminServiceAdmittingTheWholeNamespaceOrNotTheGateway() {
		patch("NetworkPolicy", "admin-service-from-gateway", "replace", "/spec/ingress/0/from/0/podSelector",
				Map.of());
		assertThat(NetworkReach.reachedOnlyFrom(manifests(), "admin-service", "gateway")).containsExactly(
				"NetworkPolicy/admin-service-from-gateway: admits sources other than gateway to admin-service");
		patch("NetworkPolicy", "admin-service-from-gateway", "replace", "/spec/ingress/0/from/0/podSelector",
				Map.of("matchLabels", Map.of("app.kubernetes.io/name", "nobody")));
		assertThat(NetworkReach.reachedOnlyFrom(manifests(), "admin-service", "gateway"))
			.containsExactly("no NetworkPolicy admits gateway to admin-service");
	}

	@Test
	void egressOfTheAdminServiceIsRestricted() {
		Map<String, String> admin = NetworkReach.podLabels(manifests(), "admin-service");
		Map<String, String> cart = NetworkReach.podLabels(manifests(), "cart-service");
		assertThat(NetworkReach.egressAllows(manifests(), admin, cart, 8083)).isFalse();
		base.removeIf(doc -> "admin-service-egress".equals(Kustomize.metadata(doc).get("name")));
		assertThat(NetworkReach.egressAllows(manifests(), admin, cart, 8083)).as("no Egress policy: unrestricted")
			.isTrue();
	}

	@Test
	void drainLongerThanTheGracePeriodOrNoDrainAtAll() {
		patch("Deployment", "gateway", "replace", CONTAINER + "/lifecycle/preStop/sleep/seconds", 20);
		patch("Deployment", "user-service", "remove", CONTAINER + "/lifecycle", null);
		assertThat(ManifestRules.gracefulDrain(manifests())).containsExactlyInAnyOrder(
				"Deployment/gateway container gateway: preStop 20 s + shutdown 15 s + margin 5 s exceeds terminationGracePeriodSeconds 30",
				"Deployment/user-service container user-service: no preStop sleep; requests still routed to a stopping pod would fail");
	}

	@Test
	void drainUsesSpringsDefaultWhenTheConfigMapSaysNothing() {
		patch("ConfigMap", "vurksha-common", "remove", "/data/SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE", null);
		patch("Deployment", "gateway", "replace", "/spec/template/spec/terminationGracePeriodSeconds", 30);
		assertThat(ManifestRules.gracefulDrain(manifests())).hasSize(DeployManifestsTests.WORKLOADS.size())
			.allMatch(v -> v.contains("preStop 8 s + shutdown 20 s + margin 5 s exceeds"));
	}

	@Test
	void notScraped() {
		patch("Deployment", "product-service", "remove", "/spec/template/metadata/annotations", null);
		patch("Deployment", "gateway", "replace", "/spec/template/metadata/annotations/prometheus.io~1port", "9090");
		assertThat(ManifestRules.scrapeAnnotations(manifests())).containsExactlyInAnyOrder(
				"Deployment/product-service: pod template lacks prometheus.io/scrape and path /actuator/prometheus",
				"Deployment/gateway: prometheus.io/port 9090 is not a container port");
	}

	@Test
	void unpinnedImages() {
		// the base leaves tags to the overlays
		assertThat(ManifestRules.pinnedImages(manifests())).hasSize(DeployManifestsTests.WORKLOADS.size());
		patch("Deployment", "gateway", "replace", CONTAINER + "/image", "registry.example.com/vurksha/gateway:latest");
		assertThat(ManifestRules.pinnedImages(manifests()))
			.contains("Deployment/gateway container gateway: image registry.example.com/vurksha/gateway:latest is not pinned to a tag");
	}

	@Test
	void kustomizationNamingMissingFilesOrUnknownFields(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("present.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n");
		Files.writeString(dir.resolve("kustomization.yaml"), """
				apiVersion: kustomize.config.k8s.io/v1beta1
				kind: Kustomization
				resources:
				  - present.yaml
				  - missing.yaml
				patchesStrategicMerge:
				  - old.yaml
				patches:
				  - path: gone.yaml
				    traget: {kind: Deployment}
				""");
		assertThat(Kustomize.problems(dir)).containsExactlyInAnyOrder(
				dir.resolve("kustomization.yaml") + ": resource missing.yaml does not exist",
				dir.resolve("kustomization.yaml") + ": unknown or unsupported field 'patchesStrategicMerge'",
				dir.resolve("kustomization.yaml") + " patch: unknown or unsupported field 'traget'",
				dir.resolve("kustomization.yaml") + ": patch gone.yaml does not exist");
	}

	@Test
	void everyRuleIsExercisedHere() {
		// twelve rules in ManifestRules.all(), each with a test above
		assertThat(ManifestRules.all()).hasSize(12);
	}

	private void patch(String kind, String name, String op, String path, Object value) {
		Map<String, Object> doc = base.stream()
			.filter(d -> kind.equals(d.get("kind")) && name.equals(Kustomize.metadata(d).get("name")))
			.findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
		Map<String, Object> operation = new HashMap<>();
		operation.put("op", op);
		operation.put("path", path);
		operation.put("value", value);
		Kustomize.JsonPatch.apply(doc, operation);
	}

	private Manifests manifests() {
		return Manifests.of("broken base", base);
	}
}
