package com.vurksha.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The alert rules cover the seed's SLIs and the failures the drills rehearse, name runbooks that exist, and pass
 * promtool's own checks and unit tests when promtool is present.
 */
class AlertRulesTests {

	static final Path OBSERVABILITY = Path.of("observability");

	/** A runbook named in an alert's annotations. */
	private static final Pattern RUNBOOK = Pattern.compile("docs/runbooks/[a-z0-9-]+\\.md");

	@Test
	void everySliHasAnAlertOnTheRightMetric() {
		Map<String, String> alerts = alerts();
		assertThat(alerts).containsOnlyKeys("VurkshaApiAvailabilityLow", "VurkshaErrorRateHigh",
				"VurkshaLatencyP99High", "VurkshaLatencyP50High", "VurkshaDbPoolSaturated", "VurkshaDbPoolTimeouts",
				"VurkshaOutboxBacklogGrowing", "VurkshaOutboxPublishFailing", "VurkshaNotificationsDeadLettered",
				"VurkshaCircuitBreakerOpen", "VurkshaRedisFallbacks", "VurkshaPostgresNoPrimary",
				"VurkshaPostgresFailedOver", "VurkshaPostgresNoSyncStandby", "VurkshaPostgresMemberDown",
				"VurkshaPostgresLongTransaction", "VurkshaRabbitmqNodesMissing", "VurkshaEventsDeadLettered",
				"VurkshaRedisMasterDown", "VurkshaRedisFailedOver", "VurkshaRedisReplicasMissing",
				"VurkshaPodsUnavailable", "VurkshaPodRestarting");
		assertThat(alerts.get("VurkshaApiAvailabilityLow")).contains("http_server_requests_seconds_count", "< 0.995");
		assertThat(alerts.get("VurkshaErrorRateHigh")).contains("> 0.005");
		assertThat(alerts.get("VurkshaLatencyP99High")).contains("histogram_quantile(0.99", "> 0.8");
		assertThat(alerts.get("VurkshaLatencyP50High")).contains("histogram_quantile(0.5", "> 0.15");
		assertThat(alerts.get("VurkshaDbPoolSaturated")).contains("hikaricp_connections_active", "> 0.9");
		assertThat(alerts.get("VurkshaOutboxBacklogGrowing")).contains("vurksha_outbox_pending", "deriv(");
		assertThat(alerts.get("VurkshaCircuitBreakerOpen")).contains("resilience4j_circuitbreaker_state");
		assertThat(alerts.get("VurkshaRedisFallbacks")).contains("vurksha_redis_fallbacks_total");
	}

	@Test
	void everyFailureTheDrillsRehearseHasAnAlertOnTheMetricThatShowsIt() {
		Map<String, String> alerts = alerts();
		// the services' own meters
		assertThat(alerts.get("VurkshaDbPoolTimeouts")).contains("hikaricp_connections_timeout_total");
		assertThat(alerts.get("VurkshaOutboxPublishFailing")).contains("vurksha_outbox_failed_total");
		assertThat(alerts.get("VurkshaNotificationsDeadLettered"))
			.contains("vurksha_outbox_published_total", "notification.message.dead-lettered");
		// Patroni's REST API and postgres_exporter
		assertThat(alerts.get("VurkshaPostgresNoPrimary")).contains("patroni_primary");
		assertThat(alerts.get("VurkshaPostgresFailedOver")).contains("changes(patroni_postgres_timeline");
		assertThat(alerts.get("VurkshaPostgresNoSyncStandby")).contains("patroni_sync_standby");
		assertThat(alerts.get("VurkshaPostgresMemberDown")).contains("patroni_postgres_running", "< 3");
		assertThat(alerts.get("VurkshaPostgresLongTransaction")).contains("pg_stat_activity_max_tx_duration");
		// the RabbitMQ prometheus plugin
		assertThat(alerts.get("VurkshaRabbitmqNodesMissing")).contains("rabbitmq_identity_info", "vector(0)", "< 3");
		assertThat(alerts.get("VurkshaEventsDeadLettered")).contains("rabbitmq_queue_messages", "[.]dlq");
		// redis_exporter on the Sentinels, for the master the services ask them for
		assertThat(alerts.get("VurkshaRedisMasterDown")).contains("redis_sentinel_master_status", "master_name=\"vurksha\"");
		assertThat(alerts.get("VurkshaRedisFailedOver")).contains("redis_sentinel_master_config_epoch");
		assertThat(alerts.get("VurkshaRedisReplicasMissing")).contains("redis_sentinel_master_ok_slaves");
		// kube-state-metrics
		assertThat(alerts.get("VurkshaPodsUnavailable")).contains("kube_deployment_status_replicas_unavailable");
		assertThat(alerts.get("VurkshaPodRestarting")).contains("kube_pod_container_status_restarts_total");
	}

	@Test
	void everyAlertNamingARunbookNamesOneThatExists() {
		for (Map<String, Object> rule : rules()) {
			if (rule.containsKey("alert")) {
				Matcher runbook = RUNBOOK.matcher(String.valueOf(Kustomize.asMap(rule.get("annotations"))));
				while (runbook.find()) {
					assertThat(Path.of("..").resolve(runbook.group())).as("%s", rule.get("alert")).isRegularFile();
				}
			}
		}
	}

	@Test
	void everyAlertHasASeverityAndASummary() {
		for (Map<String, Object> rule : rules()) {
			if (rule.containsKey("alert")) {
				assertThat(Kustomize.asMap(rule.get("labels"))).as("%s", rule.get("alert")).containsKey("severity");
				assertThat(Kustomize.asMap(rule.get("annotations"))).as("%s", rule.get("alert")).containsKey("summary");
			}
		}
	}

	@Test
	void promtoolAcceptsTheRules() throws Exception {
		promtool(OBSERVABILITY, "check", "rules", "alerts.rules.yml");
	}

	@Test
	void promtoolUnitTestsPass() throws Exception {
		promtool(OBSERVABILITY, "test", "rules", "alerts.test.yml");
	}

	static Map<String, String> alerts() {
		return rules().stream().filter(r -> r.containsKey("alert"))
			.collect(Collectors.toMap(r -> String.valueOf(r.get("alert")), r -> String.valueOf(r.get("expr"))));
	}

	static List<Map<String, Object>> rules() {
		Map<String, Object> file = Kustomize
			.asMap(Kustomize.yaml().load(Kustomize.read(OBSERVABILITY.resolve("alerts.rules.yml"))));
		return Kustomize.list(file.get("groups")).stream()
			.flatMap(group -> Kustomize.list(Kustomize.asMap(group).get("rules")).stream())
			.map(Kustomize::asMap).toList();
	}

	/** Runs promtool in the directory and expects success; skips the test when promtool is not installed. */
	static void promtool(Path directory, String... args) throws Exception {
		Process process;
		try {
			process = new ProcessBuilder(java.util.stream.Stream.concat(java.util.stream.Stream.of("promtool"),
					java.util.stream.Stream.of(args)).toList())
				.directory(directory.toFile()).redirectErrorStream(true).start();
		}
		catch (IOException notInstalled) {
			assumeTrue(false, "promtool not installed (Debian: apt-get install prometheus)");
			return;
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
	}
}
