package com.vurksha.search.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IndexDefinitionTests {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsSynonymRulesLeavingOutCommentsAndBlankLines() {
		assertThat(IndexDefinition.rules("# Hinglish\n\npyaaz, pyaz, onion, प्याज\n  aam, mango  \n"))
			.containsExactly("pyaaz, pyaz, onion, प्याज", "aam, mango");
	}

	@Test
	void writesTheSynonymListIntoTheVersionedIndexSettings() {
		IndexDefinition definition = IndexDefinition.load(new DefaultResourceLoader(),
				"classpath:search/test-synonyms.txt", json);

		JsonNode rules = json.readTree(definition.body()).at("/settings/analysis/filter/produce_synonyms/synonyms");
		assertThat(rules.valueStream().map(JsonNode::asString)).contains("pyaaz, pyaz, pyaj, onion, प्याज")
			.noneMatch(rule -> rule.startsWith("#"));
	}

	@Test
	void startsWithoutSynonymsWhenTheListIsMissing() {
		IndexDefinition definition = IndexDefinition.load(new DefaultResourceLoader(), "classpath:search/none.txt",
				json);

		assertThat(json.readTree(definition.body()).at("/settings/analysis/filter/produce_synonyms/synonyms"))
			.isEmpty();
	}
}
