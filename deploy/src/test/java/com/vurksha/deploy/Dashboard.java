package com.vurksha.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The Grafana dashboard the runbooks point at, read as plain maps (JSON is YAML to the parser). */
record Dashboard(String title, List<Map<String, Object>> panels) {

	static final Path FILE = AlertRulesTests.OBSERVABILITY.resolve("dashboards/vurksha-failures.json");

	static Dashboard read() {
		Map<String, Object> json = Kustomize.asMap(Kustomize.yaml().load(Kustomize.read(FILE)));
		return new Dashboard(String.valueOf(json.get("title")),
				Kustomize.list(json.get("panels")).stream().map(Kustomize::asMap).toList());
	}

	/** The panels that draw something (rows only group them). */
	List<Map<String, Object>> graphs() {
		return panels.stream().filter(p -> !"row".equals(p.get("type"))).toList();
	}

	List<String> graphTitles() {
		return graphs().stream().map(p -> String.valueOf(p.get("title"))).toList();
	}

	/** Every PromQL expression of every panel. */
	List<String> queries() {
		return graphs().stream()
			.flatMap(p -> Kustomize.list(p.get("targets")).stream())
			.map(t -> String.valueOf(Kustomize.asMap(t).get("expr")))
			.toList();
	}
}
