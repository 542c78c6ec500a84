package com.vurksha.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BreakingChangesTests {

	private static String document(String paths) {
		return """
				{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{%s}}""".formatted(paths);
	}

	private static final String LIST = """
			"/api/v1/things":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":
			{"schema":{"type":"object","properties":{"data":{"type":"array","items":{"type":"string"}}}}}}}}}}""";

	private static final String LIST_NEEDING_A_PARAMETER = """
			"/api/v1/things":{"get":{"parameters":[{"name":"q","in":"query","required":true,"schema":{"type":"string"}}],
			"responses":{"200":{"description":"ok","content":{"application/json":
			{"schema":{"type":"object","properties":{"data":{"type":"array","items":{"type":"string"}}}}}}}}}}""";

	private static final String OTHER = """
			"/api/v1/other":{"get":{"responses":{"200":{"description":"ok"}}}}""";

	@Test
	void aRemovedOperationIsBreaking() {
		assertThat(BreakingChanges.between(document(LIST + "," + OTHER), document(OTHER)))
			.containsExactly("GET /api/v1/things");
	}

	@Test
	void aNewRequiredParameterIsBreaking() {
		assertThat(BreakingChanges.between(document(LIST), document(LIST_NEEDING_A_PARAMETER)))
			.containsExactly("GET /api/v1/things");
	}

	@Test
	void anAddedOperationIsNot() {
		assertThat(BreakingChanges.between(document(LIST), document(LIST + "," + OTHER))).isEmpty();
	}

	@Test
	void aChangelogEntryNamingTheOperationRecordsIt() {
		assertThat(BreakingChanges.unrecorded(java.util.List.of("GET /api/v1/things"), "- `GET /api/v1/things` …"))
			.isEmpty();
		assertThat(BreakingChanges.unrecorded(java.util.List.of("GET /api/v1/things"), "nothing")).hasSize(1);
	}
}
