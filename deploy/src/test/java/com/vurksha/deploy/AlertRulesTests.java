package com.vurksha.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The alert rules cover the seed's SLIs and pass promtool's own checks and unit tests when promtool is present. */
class AlertRulesTests {

	static final Path OBSERVABILITY = Path.of("observability");

	@Test
	void everySliHasAnAlertOnTheRightMetric() {
		Map<String, String> alerts = alerts();
		assertThat(alerts).containsOnlyKeys("VurkshaApiAvailabilityLow", "VurkshaErrorRateHigh",
				"VurkshaLatencyP99High", "VurkshaLatencyP50High", "VurkshaDbPoolSaturated",
				"VurkshaOutboxBacklogGrowing", "VurkshaCircuitBreakerOpen", "VurkshaRedisFallbacks");
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
		promtool("check", "rules", "alerts.rules.yml");
	}

	@Test
	void promtoolUnitTestsPass() throws Exception {
		promtool("test", "rules", "alerts.test.yml");
	}

	private static Map<String, String> alerts() {
		return rules().stream().filter(r -> r.containsKey("alert"))
			.collect(Collectors.toMap(r -> String.valueOf(r.get("alert")), r -> String.valueOf(r.get("expr"))));
	}

	private static List<Map<String, Object>> rules() {
		Map<String, Object> file = Kustomize
			.asMap(Kustomize.yaml().load(Kustomize.read(OBSERVABILITY.resolve("alerts.rules.yml"))));
		return Kustomize.list(file.get("groups")).stream()
			.flatMap(group -> Kustomize.list(Kustomize.asMap(group).get("rules")).stream())
			.map(Kustomize::asMap).toList();
	}

	private static void promtool(String... args) throws Exception {
		Process process;
		try {
			process = new ProcessBuilder(java.util.stream.Stream.concat(java.util.stream.Stream.of("promtool"),
					java.util.stream.Stream.of(args)).toList())
				.directory(OBSERVABILITY.toFile()).redirectErrorStream(true).start();
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
