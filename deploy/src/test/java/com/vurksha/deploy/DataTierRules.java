package com.vurksha.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * How the workloads reach the highly available data tier, as the failure drills run it: PostgreSQL only through the
 * service's PgBouncer (which sends it on to the Patroni leader through HAProxy), Redis through its Sentinels, RabbitMQ
 * through the list of its nodes with replicated (quorum) consumer queues. Each rule takes the workloads it applies to
 * (those whose code uses the database, Redis or events; see {@link WorkloadModules}) and returns human-readable
 * violations. {@code DataTierRulesCatchViolationsTests} shows each one failing on a broken manifest.
 */
final class DataTierRules {

	/** Namespace of the data tier: PgBouncer, Redis and its Sentinels, RabbitMQ. */
	static final String DATA_NAMESPACE = "vurksha-data";

	static final String SENTINEL_MASTER = "vurksha";

	static final int SENTINEL_PORT = 26379;

	static final int REDIS_PORT = 6379;

	static final int AMQP_PORT = 5672;

	static final int PGBOUNCER_PORT = 6432;

	/** A quorum needs three members; fewer addresses leave a client nowhere to go when one is lost. */
	static final int MIN_NODES = 3;

	/**
	 * The service's own PgBouncer on its port, then the database. A connection straight to PostgreSQL (5432) or to a
	 * Patroni member would not follow a failover.
	 */
	static final Pattern PGBOUNCER_URL = Pattern
		.compile("^jdbc:postgresql://pgbouncer-[a-z]+\\." + DATA_NAMESPACE + "\\.svc\\.cluster\\.local:"
				+ PGBOUNCER_PORT + "/vurksha_[a-z]+\\?.*");

	/**
	 * A lost primary must fail fast and be noticed: a connect that gives up, a read that does not wait for ever on a
	 * half-open socket, and keep-alives that find a dead peer.
	 */
	static final List<String> JDBC_TIMEOUTS = List.of("connectTimeout=", "socketTimeout=", "tcpKeepAlive=true");

	private DataTierRules() {
	}

	static List<String> datasourcesThroughPgBouncer(Manifests m, Set<String> workloads) {
		List<String> v = new ArrayList<>();
		forEachContainer(m, workloads, (where, c) -> {
			Optional<String> url = ManifestRules.env(m, c, "SPRING_DATASOURCE_URL");
			if (url.isEmpty()) {
				v.add(where + ": no SPRING_DATASOURCE_URL");
				return;
			}
			if (!PGBOUNCER_URL.matcher(url.get()).matches()) {
				v.add(where + ": SPRING_DATASOURCE_URL " + url.get() + " does not go through a pgbouncer-* Service on "
						+ PGBOUNCER_PORT);
			}
			JDBC_TIMEOUTS.stream()
				.filter(setting -> !url.get().contains(setting))
				.forEach(setting -> v.add(where + ": SPRING_DATASOURCE_URL lacks " + setting));
		});
		return v;
	}

	static List<String> redisThroughSentinels(Manifests m, Set<String> workloads) {
		List<String> v = new ArrayList<>();
		forEachContainer(m, workloads, (where, c) -> {
			Optional<String> master = ManifestRules.env(m, c, "SPRING_DATA_REDIS_SENTINEL_MASTER");
			if (!master.equals(Optional.of(SENTINEL_MASTER))) {
				v.add(where + ": SPRING_DATA_REDIS_SENTINEL_MASTER is " + master.orElse("unset") + ", not "
						+ SENTINEL_MASTER);
			}
			nodes(where, "SPRING_DATA_REDIS_SENTINEL_NODES", ManifestRules.env(m, c, "SPRING_DATA_REDIS_SENTINEL_NODES"),
					SENTINEL_PORT, v);
			if (ManifestRules.env(m, c, "SPRING_DATA_REDIS_HOST").isPresent()) {
				v.add(where + ": SPRING_DATA_REDIS_HOST names one Redis; with Sentinels it is ignored, remove it");
			}
			reaches(m, where, c, SENTINEL_PORT, "the Sentinels", v);
			reaches(m, where, c, REDIS_PORT, "the Redis master and replicas", v);
		});
		return v;
	}

	static List<String> eventsOnQuorumQueues(Manifests m, Set<String> workloads) {
		List<String> v = new ArrayList<>();
		forEachContainer(m, workloads, (where, c) -> {
			Optional<String> type = ManifestRules.env(m, c, "VURKSHA_EVENTS_QUEUE_TYPE");
			if (!type.equals(Optional.of("quorum"))) {
				v.add(where + ": VURKSHA_EVENTS_QUEUE_TYPE is " + type.orElse("unset (classic)")
						+ "; a classic queue lives on one node and is lost with it");
			}
			nodes(where, "SPRING_RABBITMQ_ADDRESSES", ManifestRules.env(m, c, "SPRING_RABBITMQ_ADDRESSES"), AMQP_PORT, v);
			if (ManifestRules.env(m, c, "SPRING_RABBITMQ_HOST").isPresent()) {
				v.add(where + ": SPRING_RABBITMQ_HOST names one node; with SPRING_RABBITMQ_ADDRESSES it is ignored, remove it");
			}
			reaches(m, where, c, AMQP_PORT, "RabbitMQ", v);
		});
		return v;
	}

	/** A comma-separated list of at least three distinct {@code host:port} on the given port. */
	private static void nodes(String where, String name, Optional<String> value, int port, List<String> v) {
		if (value.isEmpty()) {
			v.add(where + ": no " + name);
			return;
		}
		List<String> nodes = Arrays.stream(value.get().split(",")).map(String::trim).toList();
		if (nodes.stream().distinct().count() < MIN_NODES) {
			v.add(where + ": " + name + " lists " + nodes.stream().distinct().count() + " nodes, want " + MIN_NODES);
		}
		nodes.stream()
			.filter(node -> !node.endsWith(":" + port) || node.indexOf(':') != node.lastIndexOf(':'))
			.forEach(node -> v.add(where + ": " + name + " entry " + node + " is not host:" + port));
	}

	private static void reaches(Manifests m, String where, Container c, int port, String what, List<String> v) {
		Map<String, String> labels = podLabels(m, c);
		if (!NetworkReach.egressAllowsNamespace(m, labels, DATA_NAMESPACE, "TCP", port)) {
			v.add(where + ": egress to " + DATA_NAMESPACE + " port " + port + " (" + what + ") is not allowed");
		}
	}

	private static Map<String, String> podLabels(Manifests m, Container c) {
		return m.deployments().stream()
			.filter(d -> d.getSpec().getTemplate().getSpec().getContainers().contains(c))
			.findFirst().orElseThrow().getSpec().getTemplate().getMetadata().getLabels();
	}

	private static void forEachContainer(Manifests m, Set<String> workloads, BiConsumer<String, Container> check) {
		for (String workload : workloads) {
			Optional<Deployment> deployment = m.deployments().stream()
				.filter(d -> workload.equals(d.getMetadata().getName())).findFirst();
			if (deployment.isEmpty()) {
				continue;
			}
			Container c = deployment.get().getSpec().getTemplate().getSpec().getContainers().get(0);
			check.accept(ManifestRules.id(deployment.get()) + " container " + c.getName(), c);
		}
	}
}
