package com.vurksha.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The manifests in this repository keep every rule, in the base and in both overlays. */
class DeployManifestsTests {

	static final Path K8S = Path.of("k8s");

	static final Path BASE = K8S.resolve("base");

	static final List<String> WORKLOADS = List.of("gateway", "user-service", "product-service", "cart-service",
			"order-service", "payment-service", "delivery-service", "notification-service", "search-service",
			"file-service", "admin-service");

	static Stream<Path> kustomizations() {
		return Stream.of(BASE, K8S.resolve("overlays/staging"), K8S.resolve("overlays/production"));
	}

	static Stream<Path> overlays() {
		return Stream.of(K8S.resolve("overlays/staging"), K8S.resolve("overlays/production"));
	}

	@ParameterizedTest
	@MethodSource("kustomizations")
	void everyFileAKustomizationNamesExists(Path dir) {
		assertThat(Kustomize.problems(dir)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("kustomizations")
	void renderedManifestsKeepEveryRule(Path dir) {
		Manifests manifests = Manifests.render(dir);
		assertThat(manifests.deployments()).extracting(d -> d.getMetadata().getName())
			.containsExactlyInAnyOrderElementsOf(WORKLOADS);
		assertThat(ManifestRules.check(manifests)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void overlaysPinImageTags(Path dir) {
		assertThat(ManifestRules.pinnedImages(Manifests.render(dir))).isEmpty();
	}

	@Test
	void prometheusMayScrapeEveryWorkloadOnItsMetricsPort() {
		Manifests base = Manifests.render(BASE);
		List<Integer> admitted = base.all(NetworkPolicy.class)
			.stream()
			.filter(policy -> "metrics-from-monitoring".equals(policy.getMetadata().getName()))
			.flatMap(policy -> policy.getSpec().getIngress().stream())
			.flatMap(rule -> rule.getPorts().stream())
			.map(port -> port.getPort().getIntVal())
			.toList();
		assertThat(base.deployments()).allSatisfy(deployment -> assertThat(admitted)
			.as("the metrics port of " + deployment.getMetadata().getName())
			.contains(Integer.valueOf(
					deployment.getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/port"))));
	}

	@Test
	void everyServiceOfTheRepositoryIsDeployed() throws Exception {
		try (Stream<Path> modules = Files.list(Path.of("..", "services"))) {
			List<String> services = modules.filter(module -> Files.isRegularFile(module.resolve("pom.xml")))
				.map(module -> module.getFileName().toString())
				.filter(name -> name.endsWith("-service"))
				.toList();
			assertThat(services).isNotEmpty();
			assertThat(WORKLOADS).as("a Deployment for every service module under services/").containsAll(services);
		}
	}

	@Test
	void everyYamlFileUnderK8sIsUsedBySomeKustomization() throws Exception {
		List<Path> used = kustomizations().flatMap(dir -> referenced(dir).stream()).map(Path::normalize).toList();
		try (Stream<Path> files = Files.walk(K8S)) {
			List<Path> unused = files.filter(f -> f.toString().endsWith(".yaml"))
				.filter(f -> !f.getFileName().toString().startsWith("kustomization"))
				.map(Path::normalize).filter(f -> !used.contains(f)).toList();
			assertThat(unused).as("YAML files no kustomization refers to").isEmpty();
		}
	}

	@Test
	void configurationMatchesWhatTheApplicationsRead() {
		Manifests base = Manifests.render(BASE);
		Map<String, String> common = base.configMap("vurksha-common").map(ConfigMap::getData).orElseThrow();
		assertThat(common).containsEntry("SPRING_PROFILES_ACTIVE", "prod")
			.containsEntry("USER_SERVICE_URL", "http://user-service:8081")
			.containsEntry("PRODUCT_SERVICE_URL", "http://product-service:8082")
			.containsEntry("SPRING_DATA_REDIS_SENTINEL_MASTER", "vurksha")
			.containsKeys("SPRING_DATA_REDIS_SENTINEL_NODES", "SPRING_RABBITMQ_ADDRESSES",
					"MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT")
			.doesNotContainKeys("SPRING_DATA_REDIS_HOST", "SPRING_RABBITMQ_HOST");
		for (String app : List.of("gateway", "product-service", "cart-service", "order-service", "payment-service",
				"delivery-service", "notification-service", "search-service", "file-service")) {
			assertThat(base.configMap(app + "-config").map(ConfigMap::getData).orElseThrow())
				.containsEntry("VURKSHA_SECURITY_JWKS_URI", "http://user-service:8081/.well-known/jwks.json");
		}
		for (String app : List.of("user-service", "product-service", "cart-service", "order-service", "payment-service",
				"delivery-service", "notification-service", "search-service", "file-service")) {
			assertThat(base.configMap(app + "-config").map(ConfigMap::getData).orElseThrow())
				.containsEntry("VURKSHA_EVENTS_QUEUE_TYPE", "quorum");
		}
		assertThat(base.configMap("gateway-config").map(ConfigMap::getData).orElseThrow())
			.containsEntry("VURKSHA_ROUTES_USER_URI", "http://user-service:8081")
			.containsEntry("VURKSHA_ROUTES_PRODUCT_URI", "http://product-service:8082")
			.containsEntry("VURKSHA_ROUTES_CART_URI", "http://cart-service:8083")
			.containsEntry("VURKSHA_ROUTES_ORDER_URI", "http://order-service:8084")
			.containsEntry("VURKSHA_ROUTES_PAYMENT_URI", "http://payment-service:8085")
			.containsEntry("VURKSHA_ROUTES_DELIVERY_URI", "http://delivery-service:8086")
			.containsEntry("VURKSHA_ROUTES_NOTIFICATION_URI", "http://notification-service:8087")
			.containsEntry("VURKSHA_ROUTES_SEARCH_URI", "http://search-service:8088")
			.containsEntry("VURKSHA_ROUTES_FILE_URI", "http://file-service:8089");
		assertThat(secretsReadBy(base, "gateway")).containsEntry("SERVICE_CLIENT_SECRET", "service-client-secrets");
		assertThat(secretsReadBy(base, "search-service"))
			.containsEntry("SPRING_DATASOURCE_PASSWORD", "search-service-db")
			.containsEntry("SERVICE_CLIENT_SECRET", "service-client-secrets")
			.containsEntry("OPENSEARCH_PASSWORD", "search-service-opensearch");
		assertThat(base.configMap("search-service-config").map(ConfigMap::getData).orElseThrow())
			.containsKey("OPENSEARCH_URLS")
			.containsEntry("VURKSHA_SEARCH_CATALOGUE_PRODUCT_SERVICE_URL", "http://product-service:8082");
		assertThat(secretsReadBy(base, "file-service"))
			.containsEntry("FILES_DB_PASSWORD", "file-service-db")
			.containsEntry("SERVICE_CLIENT_SECRET", "service-client-secrets")
			.containsEntry("S3_ACCESS_KEY", "file-service-s3")
			.containsEntry("S3_SECRET_KEY", "file-service-s3");
		assertThat(base.configMap("file-service-config").map(ConfigMap::getData).orElseThrow())
			.containsKeys("S3_ENDPOINT", "S3_BUCKET", "CDN_BASE_URL", "SPRING_DATASOURCE_URL")
			.containsEntry("SPRING_DATASOURCE_USERNAME", "vurksha_files")
			.containsEntry("DELIVERY_SERVICE_URL", "http://delivery-service:8086");
		assertThat(secretsReadBy(base, "user-service")).containsKeys("FILE_SERVICE_CLIENT_SECRETS",
				"PRODUCT_SERVICE_CLIENT_SECRETS", "DELIVERY_SERVICE_CLIENT_SECRETS");
		assertThat(secretsReadBy(base, "user-service")).containsValues("user-service-db", "user-service-jwt",
				"user-service-otp", "user-service-sms");
		// the services that call others with a service token read their own client secret
		for (String caller : List.of("cart-service", "order-service", "payment-service", "product-service",
				"delivery-service", "file-service")) {
			assertThat(secretsReadBy(base, caller)).containsEntry("SERVICE_CLIENT_SECRET", "service-client-secrets");
		}
		assertThat(base.configMap("product-service-config").map(ConfigMap::getData).orElseThrow())
			.containsEntry("FILE_SERVICE_URL", "http://file-service:8089");
		assertThat(base.configMap("order-service-config").map(ConfigMap::getData).orElseThrow())
			.containsEntry("CART_SERVICE_URL", "http://cart-service:8083")
			.containsEntry("DELIVERY_SERVICE_URL", "http://delivery-service:8086")
			.containsEntry("SPRING_DATASOURCE_USERNAME", "vurksha_order");
		assertThat(secretsReadBy(base, "order-service")).containsEntry("SPRING_DATASOURCE_PASSWORD", "order-service-db");
		assertThat(base.configMap("payment-service-config").map(ConfigMap::getData).orElseThrow())
			.containsEntry("ORDER_SERVICE_URL", "http://order-service:8084");
		assertThat(secretsReadBy(base, "payment-service"))
			.containsEntry("SPRING_DATASOURCE_PASSWORD", "payment-service-db")
			.containsEntry("RAZORPAY_KEY_ID", "payment-service-razorpay")
			.containsEntry("RAZORPAY_KEY_SECRET", "payment-service-razorpay")
			.containsEntry("RAZORPAY_WEBHOOK_SECRET", "payment-service-razorpay");
		assertThat(secretsReadBy(base, "delivery-service")).containsEntry("DELIVERY_OTP_KEY", "delivery-service-otp")
			.containsEntry("SPRING_DATASOURCE_PASSWORD", "delivery-service-db");
		assertThat(secretsReadBy(base, "notification-service"))
			.containsEntry("FCM_SERVICE_ACCOUNT_JSON", "notification-service-fcm")
			.containsEntry("MSG91_AUTH_KEY", "notification-service-sms")
			.containsEntry("SMTP_USER", "notification-service-smtp")
			.containsEntry("SMTP_PASSWORD", "notification-service-smtp")
			.containsEntry("SPRING_DATASOURCE_PASSWORD", "notification-service-db");
		assertThat(base.configMap("notification-service-config").map(ConfigMap::getData).orElseThrow())
			.containsKeys("FCM_PROJECT_ID", "SMTP_HOST", "SMTP_PORT");
	}

	@Test
	void theAdminServiceIsConfiguredAsItReads() throws Exception {
		Manifests base = Manifests.render(BASE);
		Map<String, String> config = base.configMap("admin-service-config").map(ConfigMap::getData).orElseThrow();
		assertThat(config).containsEntry("VURKSHA_SECURITY_JWKS_URI", "http://user-service:8081/.well-known/jwks.json")
			.containsEntry("SPRING_DATASOURCE_USERNAME", "vurksha_admin")
			.containsEntry("REPORTS_DB_USER", "vurksha_reports")
			.containsEntry("ORDER_SERVICE_URL", "http://order-service:8084")
			.containsEntry("PAYMENT_SERVICE_URL", "http://payment-service:8085")
			.containsEntry("DELIVERY_SERVICE_URL", "http://delivery-service:8086")
			.containsEntry("NOTIFICATION_SERVICE_URL", "http://notification-service:8087")
			.containsEntry("FILE_SERVICE_URL", "http://file-service:8089");
		assertThat(config.get("SPRING_DATASOURCE_URL")).startsWith(
				"jdbc:postgresql://pgbouncer-admin.vurksha-data.svc.cluster.local:6432/vurksha_admin?");
		assertThat(secretsReadBy(base, "admin-service")).containsExactlyInAnyOrderEntriesOf(Map.of(
				"SPRING_DATASOURCE_PASSWORD", "admin-service-db", "REPORTS_DB_PASSWORD", "admin-service-reports"));
		assertThat(base.configMap("gateway-config").map(ConfigMap::getData).orElseThrow())
			.containsEntry("VURKSHA_ROUTES_ADMIN_URI", "http://admin-service:8091");
		// every replica endpoint, reports setting and service address the application reads is given to it
		String application = Files.readString(
				Path.of("..", "services", "admin-service", "src", "main", "resources", "application.yml"));
		List<String> read = Pattern.compile("\\$\\{([A-Z]+_REPLICA_(?:HOST|PORT)|REPORTS_[A-Z_]+|[A-Z]+_SERVICE_URL)")
			.matcher(application).results().map(match -> match.group(1)).distinct().toList();
		assertThat(read).hasSize(10 + 3 + 7);
		Deployment admin = base.deployments().stream().filter(d -> "admin-service".equals(d.getMetadata().getName()))
			.findFirst().orElseThrow();
		assertThat(read).allSatisfy(name -> assertThat(
				ManifestRules.env(base, admin.getSpec().getTemplate().getSpec().getContainers().get(0), name).isPresent()
						|| secretsReadBy(base, "admin-service").containsKey(name))
			.as(name).isTrue());
	}

	@ParameterizedTest
	@MethodSource("kustomizations")
	void reportsReadOnlyStandbysWhereverDeployed(Path dir) {
		Manifests manifests = Manifests.render(dir);
		Deployment admin = manifests.deployments().stream()
			.filter(d -> "admin-service".equals(d.getMetadata().getName()))
			.findFirst()
			.orElseThrow();
		assertThat(ManifestRules.env(manifests, admin.getSpec().getTemplate().getSpec().getContainers().get(0),
				"REPORTS_REQUIRE_STANDBY")).contains("true");
	}

	@ParameterizedTest
	@MethodSource("kustomizations")
	void theAdminServiceIsReachedOnlyFromTheGateway(Path dir) {
		assertThat(NetworkReach.reachedOnlyFrom(Manifests.render(dir), "admin-service", "gateway")).isEmpty();
	}

	@Test
	void theAdminServiceReachesTheServicesItCallsAndItsDatabasesOnly() {
		Manifests base = Manifests.render(BASE);
		Map<String, String> admin = NetworkReach.podLabels(base, "admin-service");
		for (String owner : List.of("user-service", "product-service", "order-service", "payment-service",
				"delivery-service", "notification-service", "file-service")) {
			Map<String, String> labels = NetworkReach.podLabels(base, owner);
			int port = NetworkReach.httpPort(base, owner);
			assertThat(NetworkReach.egressAllows(base, admin, labels, port)).as("admin-service may call " + owner).isTrue();
			assertThat(NetworkReach.ingressAllows(base, admin, labels, port)).as(owner + " admits admin-service").isTrue();
		}
		for (String other : List.of("cart-service", "search-service", "gateway")) {
			assertThat(NetworkReach.egressAllows(base, admin, NetworkReach.podLabels(base, other),
					NetworkReach.httpPort(base, other))).as("admin-service may not call " + other).isFalse();
		}
		assertThat(NetworkReach.egressAllowsNamespace(base, admin, "kube-system", "UDP", 53)).as("DNS").isTrue();
		assertThat(NetworkReach.egressAllowsNamespace(base, admin, "vurksha-data", "TCP", 6432)).as("own database").isTrue();
		assertThat(NetworkReach.egressAllowsNamespace(base, admin, "vurksha-data", "TCP", 5432)).as("replicas").isTrue();
		assertThat(NetworkReach.egressAllowsNamespace(base, admin, "observability", "TCP", 4318)).as("traces").isTrue();
		assertThat(NetworkReach.egressAllowsNamespace(base, admin, "vurksha-data", "TCP", 5672)).as("no RabbitMQ").isFalse();
		assertThat(NetworkReach.egressAllowsNamespace(base, admin, "vurksha-data", "TCP", 6379)).as("no Redis").isFalse();
		assertThat(NetworkReach.egressAllows(base, NetworkReach.podLabels(base, "gateway"), admin, 8091))
			.as("the gateway may call admin-service").isTrue();
	}

	@ParameterizedTest
	@MethodSource("kustomizations")
	void theOperatorConsoleIsPublishedThroughTheGateway(Path dir) {
		List<Ingress> ingresses = Manifests.render(dir).all(Ingress.class);
		List<String> published = ingresses.stream()
			.flatMap(i -> i.getSpec().getRules().stream())
			.flatMap(rule -> rule.getHttp().getPaths().stream())
			.filter(path -> "gateway".equals(path.getBackend().getService().getName()))
			.map(HTTPIngressPath::getPath)
			.toList();
		assertThat(published).contains("/api", "/admin", "/api/v1/admin/reports");
		// a report may run for its 20 s statement timeout: the edge must wait longer for it
		Ingress operators = ingresses.stream()
			.filter(i -> i.getSpec().getRules().get(0).getHttp().getPaths().stream().anyMatch(p -> "/admin".equals(p.getPath())))
			.findFirst().orElseThrow();
		assertThat(Integer.parseInt(operators.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/proxy-read-timeout")))
			.isGreaterThan(20);
		assertThat(ingresses).extracting(i -> i.getSpec().getRules().get(0).getHost()).containsOnly(
				dir.endsWith("staging") ? "api.staging.vurksha.example" : "api.vurksha.example");
	}

	/** Each env var a workload reads from a Secret, with the Secret's name. */
	private static Map<String, String> secretsReadBy(Manifests manifests, String workload) {
		Deployment deployment = manifests.deployments().stream()
			.filter(d -> d.getMetadata().getName().equals(workload))
			.findFirst()
			.orElseThrow();
		return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
			.filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
			.collect(java.util.stream.Collectors.toMap(e -> e.getName(), e -> e.getValueFrom().getSecretKeyRef().getName()));
	}

	@ParameterizedTest
	@MethodSource("kustomizations")
	void theGatewayServesMetricsOnlyOnItsManagementPort(Path dir) {
		Manifests manifests = Manifests.render(dir);
		Deployment gateway = manifests.deployments().stream()
			.filter(d -> "gateway".equals(d.getMetadata().getName()))
			.findFirst()
			.orElseThrow();
		String scraped = gateway.getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/port");
		List<Integer> published = manifests.all(io.fabric8.kubernetes.api.model.Service.class).stream()
			.filter(service -> "gateway".equals(service.getMetadata().getName()))
			.flatMap(service -> service.getSpec().getPorts().stream())
			.map(port -> port.getTargetPort() != null && port.getTargetPort().getIntVal() != null
					? port.getTargetPort().getIntVal() : port.getPort())
			.toList();
		assertThat(scraped).isEqualTo("8090");
		assertThat(published).isNotEmpty().doesNotContain(8090);
	}

	@Test
	void overlaysDifferWhereTheyShould() {
		Manifests staging = Manifests.render(K8S.resolve("overlays/staging"));
		Manifests production = Manifests.render(K8S.resolve("overlays/production"));
		assertThat(staging.all(HorizontalPodAutoscaler.class)).allSatisfy(h -> assertThat(h.getSpec().getMaxReplicas()).isEqualTo(4));
		assertThat(production.all(HorizontalPodAutoscaler.class))
			.anySatisfy(h -> assertThat(h.getSpec().getMaxReplicas()).isEqualTo(20));
		assertThat(memoryLimits(staging)).containsOnly("512Mi");
		assertThat(memoryLimits(production)).containsOnly("1Gi");
		assertThat(staging.configMap("vurksha-common").orElseThrow().getData())
			.containsEntry("MANAGEMENT_TRACING_SAMPLING_PROBABILITY", "1.0")
			.containsEntry("SPRING_PROFILES_ACTIVE", "prod");
	}

	private static List<String> memoryLimits(Manifests m) {
		return m.deployments().stream()
			.map(d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits().get("memory")
				.toString())
			.toList();
	}

	private static List<Path> referenced(Path dir) {
		Map<String, Object> k = Kustomize.asMap(Kustomize.yaml().load(Kustomize.read(Kustomize.kustomizationFile(dir))));
		Stream<Path> resources = Kustomize.list(k.get("resources")).stream().map(r -> dir.resolve(String.valueOf(r)));
		Stream<Path> patches = Kustomize.list(k.get("patches")).stream()
			.map(p -> dir.resolve(String.valueOf(Kustomize.asMap(p).get("path"))));
		return Stream.concat(resources, patches).toList();
	}
}
