package com.vurksha.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every workload reaches the data tier the way the failure drills showed it survives failures, in base and overlays. */
class DataTierTests {

	@Test
	void theWorkloadsUsingEachPartOfTheDataTierAreFoundInTheirModules() {
		assertThat(WorkloadModules.usingPostgres()).containsExactlyInAnyOrder("user-service", "product-service",
				"order-service", "payment-service", "delivery-service", "notification-service", "search-service",
				"file-service", "admin-service");
		assertThat(WorkloadModules.usingEvents()).containsExactlyInAnyOrder("user-service", "product-service",
				"cart-service", "order-service", "payment-service", "delivery-service", "notification-service",
				"search-service", "file-service");
		assertThat(WorkloadModules.usingRedis()).containsExactlyInAnyOrder("gateway", "user-service", "product-service",
				"cart-service", "order-service", "payment-service", "delivery-service", "notification-service",
				"search-service", "file-service");
	}

	@Test
	void everyServiceThatConsumesEventsIsAmongThoseGivenQuorumQueues() {
		List<String> consumers = DeployManifestsTests.WORKLOADS.stream()
			.filter(workload -> declaresConsumerQueues(WorkloadModules.module(workload).resolve("src/main/java")))
			.toList();
		assertThat(consumers).contains("order-service", "notification-service", "cart-service");
		assertThat(WorkloadModules.usingEvents()).containsAll(consumers);
	}

	@ParameterizedTest
	@MethodSource("com.vurksha.deploy.DeployManifestsTests#kustomizations")
	void databasesAreReachedThroughPgBouncer(Path dir) {
		assertThat(DataTierRules.datasourcesThroughPgBouncer(Manifests.render(dir), WorkloadModules.usingPostgres()))
			.isEmpty();
	}

	@ParameterizedTest
	@MethodSource("com.vurksha.deploy.DeployManifestsTests#kustomizations")
	void redisIsReachedThroughItsSentinels(Path dir) {
		assertThat(DataTierRules.redisThroughSentinels(Manifests.render(dir), WorkloadModules.usingRedis())).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("com.vurksha.deploy.DeployManifestsTests#kustomizations")
	void eventsGoToEveryRabbitMqNodeOnQuorumQueues(Path dir) {
		assertThat(DataTierRules.eventsOnQuorumQueues(Manifests.render(dir), WorkloadModules.usingEvents())).isEmpty();
	}

	@Test
	void theAdminServiceReachesNeitherRedisNorItsSentinels() {
		Manifests base = Manifests.render(DeployManifestsTests.BASE);
		Map<String, String> admin = NetworkReach.podLabels(base, "admin-service");
		assertThat(NetworkReach.egressAllowsNamespace(base, admin, DataTierRules.DATA_NAMESPACE, "TCP",
				DataTierRules.SENTINEL_PORT)).isFalse();
		assertThat(NetworkReach.egressAllowsNamespace(base, admin, DataTierRules.DATA_NAMESPACE, "TCP",
				DataTierRules.REDIS_PORT)).isFalse();
	}

	private static boolean declaresConsumerQueues(Path sources) {
		if (!Files.isDirectory(sources)) {
			return false;
		}
		try (Stream<Path> files = Files.walk(sources)) {
			return files.filter(f -> f.toString().endsWith(".java"))
				.map(Kustomize::read)
				.anyMatch(text -> text.contains("new ConsumerQueue(") || text.contains("consumers.queue("));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
