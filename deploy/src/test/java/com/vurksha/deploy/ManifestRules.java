package com.vurksha.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The rules every rendered set of manifests must keep. Each returns human-readable violations; an empty list means
 * the rule holds. {@code ManifestRulesCatchViolationsTests} shows each one failing on a broken manifest.
 */
final class ManifestRules {

	static final int MIN_REPLICAS = 3;

	static final String LIVENESS = "/actuator/health/liveness";

	static final String READINESS = "/actuator/health/readiness";

	/** The only workload the outside world may reach. */
	static final String EDGE = "gateway";

	/** Namespaces other than our own that may open connections to the services (for scraping). */
	static final String MONITORING_NAMESPACE = "monitoring";

	/** Env and ConfigMap keys that name secret material. */
	static final Pattern SECRET_NAME = Pattern
		.compile("(^|_)(PASSWORD|PASSWD|SECRET|SECRETS|KEY|KEYS|TOKEN|JWK|PEM|CREDENTIALS?|PRIVATE)(_|$)",
				Pattern.CASE_INSENSITIVE);

	/** Values that look like secret material whatever their name: PEM, a private JWK, a long opaque token. */
	static final Pattern SECRET_VALUE = Pattern.compile("-----BEGIN|\"d\"\\s*:|^[A-Za-z0-9+/_-]{40,}={0,2}$");

	/** Spring's own default (platform defaults) when nothing overrides it. */
	static final Duration DEFAULT_SHUTDOWN_PHASE = Duration.ofSeconds(20);

	/** Time left after preStop and graceful shutdown for closing pools and the JVM exit. */
	static final Duration SHUTDOWN_MARGIN = Duration.ofSeconds(5);

	private ManifestRules() {
	}

	/** Every rule that applies to base and overlays alike. */
	static List<Function<Manifests, List<String>>> all() {
		return List.of(ManifestRules::replicas, ManifestRules::probes, ManifestRules::resources,
				ManifestRules::nonRoot, ManifestRules::disruptionBudgets, ManifestRules::autoscalers,
				ManifestRules::rollingUpdate, ManifestRules::noSecretValues, ManifestRules::unknownFields,
				ManifestRules::exposure, ManifestRules::gracefulDrain, ManifestRules::scrapeAnnotations);
	}

	static List<String> check(Manifests manifests) {
		List<String> violations = new ArrayList<>();
		all().forEach(rule -> violations.addAll(rule.apply(manifests)));
		return violations;
	}

	static List<String> replicas(Manifests m) {
		List<String> v = new ArrayList<>();
		for (Deployment d : m.deployments()) {
			Integer replicas = d.getSpec().getReplicas();
			if (replicas == null || replicas < MIN_REPLICAS) {
				v.add(id(d) + ": replicas " + replicas + " < " + MIN_REPLICAS);
			}
		}
		return v;
	}

	static List<String> probes(Manifests m) {
		List<String> v = new ArrayList<>();
		for (Deployment d : m.deployments()) {
			for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
				String where = id(d) + " container " + c.getName();
				probe(where, "livenessProbe", c.getLivenessProbe(), LIVENESS, c, v);
				probe(where, "readinessProbe", c.getReadinessProbe(), READINESS, c, v);
				if (c.getStartupProbe() == null) {
					v.add(where + ": no startupProbe");
				}
				else {
					probe(where, "startupProbe", c.getStartupProbe(), null, c, v);
				}
			}
		}
		return v;
	}

	private static void probe(String where, String kind, Probe probe, String path, Container c, List<String> v) {
		HTTPGetAction get = probe == null ? null : probe.getHttpGet();
		if (get == null) {
			v.add(where + ": no HTTP " + kind);
			return;
		}
		if (path != null && !path.equals(get.getPath())) {
			v.add(where + ": " + kind + " path " + get.getPath() + " is not " + path);
		}
		if (!declaresPort(c, get.getPort())) {
			v.add(where + ": " + kind + " port " + portText(get.getPort()) + " is not a container port");
		}
	}

	static List<String> resources(Manifests m) {
		List<String> v = new ArrayList<>();
		for (Deployment d : m.deployments()) {
			for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
				String where = id(d) + " container " + c.getName();
				ResourceRequirements r = c.getResources();
				for (String resource : List.of("cpu", "memory")) {
					if (r == null || r.getRequests() == null || r.getRequests().get(resource) == null) {
						v.add(where + ": no " + resource + " request");
					}
					if (r == null || r.getLimits() == null || r.getLimits().get(resource) == null) {
						v.add(where + ": no " + resource + " limit");
					}
				}
				if (r != null && r.getRequests() != null && r.getLimits() != null) {
					for (String resource : List.of("cpu", "memory")) {
						Quantity request = r.getRequests().get(resource);
						Quantity limit = r.getLimits().get(resource);
						if (request != null && limit != null
								&& request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
							v.add(where + ": " + resource + " request " + request + " above limit " + limit);
						}
					}
				}
				if (env(m, c, "JAVA_TOOL_OPTIONS").filter(o -> o.contains("MaxRAMPercentage")).isEmpty()) {
					v.add(where + ": JAVA_TOOL_OPTIONS does not size the heap with MaxRAMPercentage");
				}
			}
		}
		return v;
	}

	static List<String> nonRoot(Manifests m) {
		List<String> v = new ArrayList<>();
		for (Deployment d : m.deployments()) {
			PodSpec pod = d.getSpec().getTemplate().getSpec();
			PodSecurityContext podContext = pod.getSecurityContext();
			boolean podNonRoot = podContext != null && Boolean.TRUE.equals(podContext.getRunAsNonRoot());
			if (podContext != null && Long.valueOf(0).equals(podContext.getRunAsUser())) {
				v.add(id(d) + ": pod runs as uid 0");
			}
			for (Container c : pod.getContainers()) {
				String where = id(d) + " container " + c.getName();
				SecurityContext sc = c.getSecurityContext();
				Boolean nonRoot = sc == null ? null : sc.getRunAsNonRoot();
				if (Boolean.FALSE.equals(nonRoot) || (nonRoot == null && !podNonRoot)) {
					v.add(where + ": not runAsNonRoot");
				}
				if (sc != null && Long.valueOf(0).equals(sc.getRunAsUser())) {
					v.add(where + ": runs as uid 0");
				}
				if (sc == null || !Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
					v.add(where + ": root filesystem is writable");
				}
				if (sc == null || !Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
					v.add(where + ": allowPrivilegeEscalation is not false");
				}
				boolean tmp = c.getVolumeMounts() != null && c.getVolumeMounts().stream()
					.anyMatch(mount -> "/tmp".equals(mount.getMountPath()) && pod.getVolumes() != null
							&& pod.getVolumes().stream()
								.anyMatch(vol -> vol.getName().equals(mount.getName()) && vol.getEmptyDir() != null));
				if (!tmp) {
					v.add(where + ": no emptyDir mounted at /tmp (needed with a read-only root)");
				}
			}
		}
		return v;
	}

	static List<String> disruptionBudgets(Manifests m) {
		List<String> v = new ArrayList<>();
		for (Deployment d : m.deployments()) {
			Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
			List<PodDisruptionBudget> budgets = m.all(PodDisruptionBudget.class).stream()
				.filter(p -> sameNamespace(p, d) && selects(p.getSpec().getSelector(), labels)).toList();
			if (budgets.size() != 1) {
				v.add(id(d) + ": " + budgets.size() + " PodDisruptionBudgets select it, want 1");
				continue;
			}
			IntOrString minAvailable = budgets.get(0).getSpec().getMinAvailable();
			Integer replicas = d.getSpec().getReplicas();
			if (minAvailable == null || minAvailable.getIntVal() == null || minAvailable.getIntVal() < 2) {
				v.add(id(d) + ": PodDisruptionBudget minAvailable " + portText(minAvailable) + " < 2");
			}
			else if (replicas != null && minAvailable.getIntVal() >= replicas) {
				v.add(id(d) + ": PodDisruptionBudget minAvailable " + minAvailable.getIntVal()
						+ " leaves no pod evictable; node drains would hang");
			}
		}
		return v;
	}

	static List<String> autoscalers(Manifests m) {
		List<String> v = new ArrayList<>();
		for (Deployment d : m.deployments()) {
			List<HorizontalPodAutoscaler> hpas = m.all(HorizontalPodAutoscaler.class).stream()
				.filter(h -> sameNamespace(h, d) && "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
						&& d.getMetadata().getName().equals(h.getSpec().getScaleTargetRef().getName()))
				.toList();
			if (hpas.size() != 1) {
				v.add(id(d) + ": " + hpas.size() + " HorizontalPodAutoscalers target it, want 1");
				continue;
			}
			HorizontalPodAutoscaler h = hpas.get(0);
			Integer min = h.getSpec().getMinReplicas();
			if (min == null || min < MIN_REPLICAS) {
				v.add(id(h) + ": minReplicas " + min + " < " + MIN_REPLICAS);
			}
			if (min != null && h.getSpec().getMaxReplicas() < min) {
				v.add(id(h) + ": maxReplicas below minReplicas");
			}
			boolean cpu = h.getSpec().getMetrics() != null && h.getSpec().getMetrics().stream()
				.anyMatch(metric -> metric.getResource() != null && "cpu".equals(metric.getResource().getName())
						&& metric.getResource().getTarget().getAverageUtilization() != null);
			if (!cpu) {
				v.add(id(h) + ": no CPU utilization target");
			}
		}
		return v;
	}

	static List<String> rollingUpdate(Manifests m) {
		List<String> v = new ArrayList<>();
		for (Deployment d : m.deployments()) {
			RollingUpdateDeployment ru = d.getSpec().getStrategy() == null ? null
					: d.getSpec().getStrategy().getRollingUpdate();
			if (ru == null || !isZero(ru.getMaxUnavailable())) {
				v.add(id(d) + ": rolling update may take a ready pod away (maxUnavailable must be 0)");
			}
			if (ru != null && isZero(ru.getMaxUnavailable()) && isZero(ru.getMaxSurge())) {
				v.add(id(d) + ": maxSurge and maxUnavailable both 0; the rollout cannot progress");
			}
		}
		return v;
	}

	static List<String> noSecretValues(Manifests m) {
		List<String> v = new ArrayList<>();
		for (Secret s : m.all(Secret.class)) {
			v.add(id(s) + ": Secrets are created in the cluster, never committed (see deploy/README.md)");
		}
		for (ConfigMap c : m.all(ConfigMap.class)) {
			if (c.getData() != null) {
				c.getData().forEach((key, value) -> {
					if (SECRET_NAME.matcher(key).find()) {
						v.add(id(c) + ": key " + key + " looks secret; use a Secret and secretKeyRef");
					}
					if (value != null && SECRET_VALUE.matcher(value).find()) {
						v.add(id(c) + ": value of " + key + " looks like secret material");
					}
				});
			}
		}
		for (Deployment d : m.deployments()) {
			PodSpec pod = d.getSpec().getTemplate().getSpec();
			List<Container> containers = new ArrayList<>(pod.getContainers());
			if (pod.getInitContainers() != null) {
				containers.addAll(pod.getInitContainers());
			}
			for (Container c : containers) {
				for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
					String where = id(d) + " container " + c.getName() + " env " + e.getName();
					boolean fromSecret = e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null;
					if (SECRET_NAME.matcher(e.getName()).find() && !fromSecret) {
						v.add(where + ": must come from a Secret via secretKeyRef");
					}
					if (e.getValue() != null && SECRET_VALUE.matcher(e.getValue()).find()) {
						v.add(where + ": value looks like secret material");
					}
				}
			}
		}
		return v;
	}

	static List<String> unknownFields(Manifests m) {
		List<String> v = new ArrayList<>();
		for (HasMetadata r : m.resources()) {
			UnknownFields.find(r).forEach(problem -> v.add(id(r) + ": " + problem));
		}
		return v;
	}

	/**
	 * Only the gateway is reachable from outside: Ingress backends point at the gateway alone, no Service is exposed
	 * on nodes or load balancers, a default-deny policy exists, and the policies for other workloads admit only pods
	 * of this namespace (and the monitoring namespace, for scraping).
	 */
	static List<String> exposure(Manifests m) {
		List<String> v = new ArrayList<>();
		for (Ingress ingress : m.all(Ingress.class)) {
			if (ingress.getSpec().getTls() == null || ingress.getSpec().getTls().isEmpty()
					|| ingress.getSpec().getTls().stream().anyMatch(t -> t.getSecretName() == null)) {
				v.add(id(ingress) + ": no TLS secret");
			}
			ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
				String service = path.getBackend().getService() == null ? null
						: path.getBackend().getService().getName();
				if (!EDGE.equals(service)) {
					v.add(id(ingress) + ": path " + path.getPath() + " routes to " + service + ", not " + EDGE);
				}
			}));
		}
		for (Service s : m.all(Service.class)) {
			if (s.getSpec().getType() != null && !"ClusterIP".equals(s.getSpec().getType())) {
				v.add(id(s) + ": type " + s.getSpec().getType() + " exposes it outside the cluster");
			}
		}
		List<NetworkPolicy> policies = m.all(NetworkPolicy.class);
		boolean defaultDeny = policies.stream().anyMatch(p -> isEmpty(p.getSpec().getPodSelector())
				&& p.getSpec().getPolicyTypes() != null && p.getSpec().getPolicyTypes().contains("Ingress")
				&& (p.getSpec().getIngress() == null || p.getSpec().getIngress().isEmpty()));
		if (!m.deployments().isEmpty() && !defaultDeny) {
			v.add("no default-deny ingress NetworkPolicy");
		}
		for (Deployment d : m.deployments()) {
			Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
			List<NetworkPolicy> admitting = policies.stream()
				.filter(p -> selects(p.getSpec().getPodSelector(), labels) && p.getSpec().getIngress() != null
						&& !p.getSpec().getIngress().isEmpty())
				.toList();
			if (admitting.isEmpty()) {
				v.add(id(d) + ": no NetworkPolicy admits traffic to it");
			}
			if (EDGE.equals(d.getMetadata().getName())) {
				continue;
			}
			for (NetworkPolicy p : admitting) {
				p.getSpec().getIngress().forEach(rule -> {
					if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
						v.add(id(p) + ": admits any source to " + d.getMetadata().getName());
						return;
					}
					for (NetworkPolicyPeer peer : rule.getFrom()) {
						if (peer.getIpBlock() != null) {
							v.add(id(p) + ": admits an IP block to " + d.getMetadata().getName());
						}
						if (peer.getNamespaceSelector() != null && !MONITORING_NAMESPACE.equals(namespaceName(peer))) {
							v.add(id(p) + ": admits another namespace to " + d.getMetadata().getName());
						}
					}
				});
			}
		}
		return v;
	}

	/** preStop sleep plus Spring's graceful shutdown must end before the kubelet kills the pod. */
	static List<String> gracefulDrain(Manifests m) {
		List<String> v = new ArrayList<>();
		for (Deployment d : m.deployments()) {
			PodSpec pod = d.getSpec().getTemplate().getSpec();
			long grace = pod.getTerminationGracePeriodSeconds() == null ? 30 : pod.getTerminationGracePeriodSeconds();
			for (Container c : pod.getContainers()) {
				String where = id(d) + " container " + c.getName();
				Long sleep = c.getLifecycle() == null || c.getLifecycle().getPreStop() == null
						|| c.getLifecycle().getPreStop().getSleep() == null ? null
								: c.getLifecycle().getPreStop().getSleep().getSeconds();
				if (sleep == null || sleep <= 0) {
					v.add(where + ": no preStop sleep; requests still routed to a stopping pod would fail");
					continue;
				}
				Duration shutdown = env(m, c, "SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE")
					.map(ManifestRules::duration).orElse(DEFAULT_SHUTDOWN_PHASE);
				Duration needed = Duration.ofSeconds(sleep).plus(shutdown).plus(SHUTDOWN_MARGIN);
				if (needed.getSeconds() > grace) {
					v.add(where + ": preStop " + sleep + " s + shutdown " + shutdown.getSeconds() + " s + margin "
							+ SHUTDOWN_MARGIN.getSeconds() + " s exceeds terminationGracePeriodSeconds " + grace);
				}
			}
		}
		return v;
	}

	static List<String> scrapeAnnotations(Manifests m) {
		List<String> v = new ArrayList<>();
		for (Deployment d : m.deployments()) {
			Map<String, String> a = d.getSpec().getTemplate().getMetadata().getAnnotations();
			if (a == null || !"true".equals(a.get("prometheus.io/scrape"))
					|| !"/actuator/prometheus".equals(a.get("prometheus.io/path"))) {
				v.add(id(d) + ": pod template lacks prometheus.io/scrape and path /actuator/prometheus");
				continue;
			}
			String port = a.get("prometheus.io/port");
			boolean declared = d.getSpec().getTemplate().getSpec().getContainers().stream()
				.flatMap(c -> c.getPorts() == null ? java.util.stream.Stream.<ContainerPort>empty() : c.getPorts().stream())
				.anyMatch(p -> String.valueOf(p.getContainerPort()).equals(port));
			if (!declared) {
				v.add(id(d) + ": prometheus.io/port " + port + " is not a container port");
			}
		}
		return v;
	}

	/** Overlays only: every image names an explicit, non-latest tag (or a digest). */
	static List<String> pinnedImages(Manifests m) {
		List<String> v = new ArrayList<>();
		for (Deployment d : m.deployments()) {
			for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
				String image = c.getImage();
				int colon = image.lastIndexOf(':');
				boolean tagged = image.contains("@sha256:") || colon > image.lastIndexOf('/');
				if (!tagged || image.endsWith(":latest")) {
					v.add(id(d) + " container " + c.getName() + ": image " + image + " is not pinned to a tag");
				}
			}
		}
		return v;
	}

	// --- helpers

	static String id(HasMetadata r) {
		return r.getKind() + "/" + (r.getMetadata() == null ? "?" : r.getMetadata().getName());
	}

	/** An env var's value in a container, looked up in its env and then its ConfigMaps. */
	static Optional<String> env(Manifests m, Container c, String name) {
		if (c.getEnv() != null) {
			for (EnvVar e : c.getEnv()) {
				if (name.equals(e.getName())) {
					return Optional.ofNullable(e.getValue());
				}
			}
		}
		Optional<String> found = Optional.empty();
		// later envFrom sources win
		for (EnvFromSource from : c.getEnvFrom() == null ? List.<EnvFromSource>of() : c.getEnvFrom()) {
			if (from.getConfigMapRef() != null) {
				Optional<String> value = m.configMap(from.getConfigMapRef().getName())
					.map(ConfigMap::getData).map(data -> data.get(name));
				if (value.isPresent()) {
					found = value;
				}
			}
		}
		return found;
	}

	static Duration duration(String text) {
		String t = text.trim();
		if (t.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
		}
		if (t.endsWith("s")) {
			return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
		}
		if (t.endsWith("m")) {
			return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
		}
		return Duration.ofMillis(Long.parseLong(t));
	}

	static boolean selects(LabelSelector selector, Map<String, String> labels) {
		if (selector == null || labels == null) {
			return false;
		}
		if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
			throw new UnsupportedOperationException("matchExpressions are not checked; use matchLabels");
		}
		Map<String, String> match = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
		return match.entrySet().stream().allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
	}

	private static boolean isEmpty(LabelSelector selector) {
		return selector != null && (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
				&& (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
	}

	private static String namespaceName(NetworkPolicyPeer peer) {
		Map<String, String> labels = peer.getNamespaceSelector().getMatchLabels();
		return labels == null ? null : labels.get("kubernetes.io/metadata.name");
	}

	private static boolean sameNamespace(HasMetadata a, HasMetadata b) {
		return Objects.equals(a.getMetadata().getNamespace(), b.getMetadata().getNamespace());
	}

	private static boolean declaresPort(Container c, IntOrString port) {
		if (port == null || c.getPorts() == null) {
			return false;
		}
		return c.getPorts().stream().anyMatch(p -> port.getStrVal() != null ? port.getStrVal().equals(p.getName())
				: Objects.equals(port.getIntVal(), p.getContainerPort()));
	}

	private static boolean isZero(IntOrString value) {
		return value != null && (Integer.valueOf(0).equals(value.getIntVal()) || "0%".equals(value.getStrVal())
				|| "0".equals(value.getStrVal()));
	}

	private static String portText(IntOrString value) {
		return value == null ? "none" : value.getStrVal() != null ? value.getStrVal() : String.valueOf(value.getIntVal());
	}

}
