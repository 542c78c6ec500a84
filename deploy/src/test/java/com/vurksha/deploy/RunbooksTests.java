package com.vurksha.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The on-call runbooks (docs/runbooks) and the dashboard they point at stay true to the alert rules and to each
 * other: an alert or a panel a runbook names exists, every alert about a dependency or the data tier leads to a
 * runbook, and every panel's query is PromQL that Prometheus accepts.
 */
class RunbooksTests {

	static final Path RUNBOOKS = Path.of("..", "docs", "runbooks");

	/** One per failure the drills rehearse. */
	static final List<String> SCENARIOS = List.of("01-database-primary-lost.md", "01b-database-primary-partitioned.md",
			"02-service-instance-crash.md", "03-notification-provider-down.md", "04-redis-down.md",
			"05-rabbitmq-down.md", "06-database-pool-exhausted.md");

	static final List<String> SECTIONS = List.of("## How you see it", "## What the system does by itself",
			"## What you do", "## How you know it is over", "## What the last drill measured");

	private static final Pattern ALERT = Pattern.compile("`(Vurksha[A-Za-z0-9]+)`");

	/** A duration or a share, as a measurement would be written: {@code 8 s}, {@code 8.2s}, {@code 120 ms}, {@code 0 %}. */
	private static final Pattern MEASUREMENT = Pattern
		.compile("\\b\\d+(\\.\\d+)? ?(ms|%|seconds?)|\\b\\d+(\\.\\d+)? s\\b|\\b\\d+\\.\\d+s\\b");

	private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");

	/** Alert groups whose every alert must lead to a runbook (the SLO alerts lead to the dashboards first). */
	private static final Set<String> ALERTS_WITH_RUNBOOKS = Set.of("vurksha-dependencies", "vurksha-data-tier");

	static Stream<String> scenarios() {
		return SCENARIOS.stream();
	}

	@Test
	void theIndexListsEveryRunbookAndTheDrillReports() {
		String index = read("README.md");
		assertThat(SCENARIOS).allSatisfy(runbook -> assertThat(index).contains("(" + runbook + ")"));
		assertThat(index).contains("(restore.md)", "drills/results/", "make drills");
		assertThat(runbookFiles()).as("every runbook here is a drilled scenario, the restore procedure or the index")
			.allSatisfy(name -> assertThat(name).isIn(Stream.concat(SCENARIOS.stream(), Stream.of("README.md",
					"restore.md")).toList()));
	}

	@ParameterizedTest
	@MethodSource("scenarios")
	void aRunbookSaysHowItIsSeenWhatHappensAndWhatToDo(String runbook) {
		String text = read(runbook);
		int last = -1;
		for (String section : SECTIONS) {
			assertThat(text.indexOf(section)).as(runbook + ": " + section + " in order").isGreaterThan(last);
			last = text.indexOf(section);
		}
		assertThat(section(text, "## What the last drill measured")).contains("(../../drills/results/)")
			.as("%s: the numbers are the report's, not copied here", runbook)
			.doesNotContainPattern(MEASUREMENT);
	}

	@ParameterizedTest
	@MethodSource("scenarios")
	void theAlertsARunbookNamesExist(String runbook) {
		List<String> named = alertsIn(read(runbook));
		assertThat(named).as(runbook + " names the alerts that fire").isNotEmpty();
		assertThat(AlertRulesTests.alerts().keySet()).containsAll(named);
	}

	@ParameterizedTest
	@MethodSource("scenarios")
	void thePanelsARunbookPointsAtAreOnTheDashboard(String runbook) {
		Dashboard dashboard = Dashboard.read();
		String text = read(runbook);
		List<String> seen = bold(section(text, "## How you see it"));
		assertThat(seen).as(runbook + " names the dashboard").contains(dashboard.title());
		List<String> panels = new ArrayList<>(seen);
		panels.addAll(bold(section(text, "## How you know it is over")));
		panels.remove(dashboard.title());
		assertThat(panels).as(runbook + " names panels").isNotEmpty();
		assertThat(dashboard.graphTitles()).containsAll(panels);
	}

	@Test
	void everyAlertAboutADependencyLeadsToARunbook() {
		String all = SCENARIOS.stream().map(RunbooksTests::read).collect(Collectors.joining("\n"));
		List<String> named = alertsIn(all);
		List<String> needing = AlertRulesTests.rules().stream().filter(r -> r.containsKey("alert"))
			.map(r -> String.valueOf(r.get("alert")))
			.filter(alert -> ALERTS_WITH_RUNBOOKS.contains(groupOf(alert)))
			.toList();
		assertThat(needing).hasSizeGreaterThan(10);
		assertThat(named).containsAll(needing);
	}

	@Test
	void everyPanelHasATitleOfItsOwnAndAQuery() {
		Dashboard dashboard = Dashboard.read();
		assertThat(dashboard.graphTitles()).doesNotHaveDuplicates().doesNotContain("null", "");
		assertThat(dashboard.graphs()).allSatisfy(panel -> assertThat(Kustomize.list(panel.get("targets")))
			.as("%s", panel.get("title")).isNotEmpty());
	}

	@Test
	void everyPanelQueryIsPromqlPrometheusAccepts(@TempDir Path dir) throws Exception {
		List<Map<String, Object>> rules = new ArrayList<>();
		List<String> queries = Dashboard.read().queries();
		for (int i = 0; i < queries.size(); i++) {
			rules.add(Map.of("record", "vurksha:dashboard_panel_" + i, "expr", queries.get(i)));
		}
		Files.writeString(dir.resolve("panels.rules.yml"), Kustomize.yaml()
			.dump(Map.of("groups", List.of(Map.of("name", "dashboard-panels", "rules", rules)))));
		AlertRulesTests.promtool(dir, "check", "rules", "panels.rules.yml");
	}

	private static String groupOf(String alert) {
		Map<String, Object> file = Kustomize.asMap(
				Kustomize.yaml().load(Kustomize.read(AlertRulesTests.OBSERVABILITY.resolve("alerts.rules.yml"))));
		return Kustomize.list(file.get("groups")).stream().map(Kustomize::asMap)
			.filter(group -> Kustomize.list(group.get("rules")).stream()
				.anyMatch(rule -> alert.equals(Kustomize.asMap(rule).get("alert"))))
			.map(group -> String.valueOf(group.get("name")))
			.findFirst().orElseThrow();
	}

	private static List<String> alertsIn(String text) {
		return ALERT.matcher(text).results().map(match -> match.group(1)).distinct().toList();
	}

	private static List<String> bold(String text) {
		Matcher matcher = BOLD.matcher(text);
		List<String> found = new ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group(1).replaceAll("\\s+", " "));
		}
		return found;
	}

	/** The text of a section, up to the next section. */
	private static String section(String text, String heading) {
		int start = text.indexOf(heading);
		int end = text.indexOf("\n## ", start + heading.length());
		return text.substring(start, end < 0 ? text.length() : end);
	}

	private static String read(String runbook) {
		return Kustomize.read(RUNBOOKS.resolve(runbook));
	}

	private static List<String> runbookFiles() {
		try (Stream<Path> files = Files.list(RUNBOOKS)) {
			return files.map(f -> f.getFileName().toString()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
