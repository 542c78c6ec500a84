package com.vurksha.deploy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each data tier rule, shown catching a broken manifest: the rendered base (which passes) is broken in one place. */
class DataTierRulesCatchViolationsTests {

	private static final String ORDER = "Deployment/order-service container order-service";

	private final List<Map<String, Object>> base = Kustomize.render(DeployManifestsTests.BASE);

	@Test
	void theUnbrokenBasePasses() {
		assertThat(DataTierRules.datasourcesThroughPgBouncer(manifests(), WorkloadModules.usingPostgres())).isEmpty();
		assertThat(DataTierRules.redisThroughSentinels(manifests(), WorkloadModules.usingRedis())).isEmpty();
		assertThat(DataTierRules.eventsOnQuorumQueues(manifests(), WorkloadModules.usingEvents())).isEmpty();
	}

	@Test
	void aDatasourceStraightToPostgresOrWithoutTimeouts() {
		patch("ConfigMap", "order-service-config", "replace", "/data/SPRING_DATASOURCE_URL",
				"jdbc:postgresql://postgres-order.vurksha-data.svc.cluster.local:5432/vurksha_order?connectTimeout=3");
		patch("ConfigMap", "user-service-config", "remove", "/data/SPRING_DATASOURCE_URL", null);
		assertThat(DataTierRules.datasourcesThroughPgBouncer(manifests(), WorkloadModules.usingPostgres()))
			.containsExactlyInAnyOrder(ORDER + ": SPRING_DATASOURCE_URL "
					+ "jdbc:postgresql://postgres-order.vurksha-data.svc.cluster.local:5432/vurksha_order?connectTimeout=3"
					+ " does not go through a pgbouncer-* Service on 6432",
					ORDER + ": SPRING_DATASOURCE_URL lacks socketTimeout=",
					ORDER + ": SPRING_DATASOURCE_URL lacks tcpKeepAlive=true",
					"Deployment/user-service container user-service: no SPRING_DATASOURCE_URL");
	}

	@Test
	void redisAtOneAddressOrTooFewSentinels() {
		patch("ConfigMap", "vurksha-common", "replace", "/data/SPRING_DATA_REDIS_SENTINEL_NODES",
				"redis-sentinel-0.redis-sentinel:26379,redis-sentinel-1.redis-sentinel:6379");
		patch("ConfigMap", "order-service-config", "add", "/data/SPRING_DATA_REDIS_HOST", "redis.vurksha-data");
		patch("ConfigMap", "order-service-config", "add", "/data/SPRING_DATA_REDIS_SENTINEL_MASTER", "mymaster");
		assertThat(DataTierRules.redisThroughSentinels(manifests(), Set.of("order-service"))).containsExactlyInAnyOrder(
				ORDER + ": SPRING_DATA_REDIS_SENTINEL_MASTER is mymaster, not vurksha",
				ORDER + ": SPRING_DATA_REDIS_SENTINEL_NODES lists 2 nodes, want 3",
				ORDER + ": SPRING_DATA_REDIS_SENTINEL_NODES entry redis-sentinel-1.redis-sentinel:6379 is not host:26379",
				ORDER + ": SPRING_DATA_REDIS_HOST names one Redis; with Sentinels it is ignored, remove it");
	}

	@Test
	void eventsOnClassicQueuesOrOneBrokerAddress() {
		patch("ConfigMap", "order-service-config", "replace", "/data/VURKSHA_EVENTS_QUEUE_TYPE", "classic");
		patch("ConfigMap", "cart-service-config", "remove", "/data/VURKSHA_EVENTS_QUEUE_TYPE", null);
		patch("ConfigMap", "order-service-config", "add", "/data/SPRING_RABBITMQ_ADDRESSES", "rabbitmq.vurksha-data:5672");
		patch("ConfigMap", "order-service-config", "add", "/data/SPRING_RABBITMQ_HOST", "rabbitmq.vurksha-data");
		assertThat(DataTierRules.eventsOnQuorumQueues(manifests(), Set.of("order-service", "cart-service")))
			.containsExactlyInAnyOrder(
					ORDER + ": VURKSHA_EVENTS_QUEUE_TYPE is classic; a classic queue lives on one node and is lost with it",
					ORDER + ": SPRING_RABBITMQ_ADDRESSES lists 1 nodes, want 3",
					ORDER + ": SPRING_RABBITMQ_HOST names one node; with SPRING_RABBITMQ_ADDRESSES it is ignored, remove it",
					"Deployment/cart-service container cart-service: VURKSHA_EVENTS_QUEUE_TYPE is unset (classic); "
							+ "a classic queue lives on one node and is lost with it");
	}

	@Test
	void anEgressPolicyThatForgetsTheSentinelsOrTheBroker() {
		base.add(Kustomize.asMap(Kustomize.yaml().load("""
				apiVersion: networking.k8s.io/v1
				kind: NetworkPolicy
				metadata: {name: order-service-egress, namespace: vurksha}
				spec:
				  podSelector: {matchLabels: {app.kubernetes.io/name: order-service}}
				  policyTypes: [Egress]
				  egress:
				    - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: vurksha-data}}}]
				      ports: [{protocol: TCP, port: 6432}, {protocol: TCP, port: 6379}]
				""")));
		Set<String> order = Set.of("order-service");
		assertThat(DataTierRules.redisThroughSentinels(manifests(), order))
			.containsExactly(ORDER + ": egress to vurksha-data port 26379 (the Sentinels) is not allowed");
		assertThat(DataTierRules.eventsOnQuorumQueues(manifests(), order))
			.containsExactly(ORDER + ": egress to vurksha-data port 5672 (RabbitMQ) is not allowed");
		assertThat(DataTierRules.datasourcesThroughPgBouncer(manifests(), order)).isEmpty();
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
