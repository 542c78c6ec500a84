package com.vurksha.search.index.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The settings and mappings of the product index, from the versioned file {@code search/index/products-v<N>.json},
 * with the synonym list (kept as data, Solr format) written into its {@code synonym_graph} filter. The rules travel
 * in the index settings rather than as a file on the nodes, so a managed cluster needs nothing installed; a changed
 * list takes effect with the next rebuild.
 */
final class IndexDefinition {

	/** Bump with a new {@code products-v<N>.json} when the mappings change; a rebuild moves the alias over. */
	static final int VERSION = 1;

	private static final Logger log = LoggerFactory.getLogger(IndexDefinition.class);

	private final ObjectNode body;

	private IndexDefinition(ObjectNode body) {
		this.body = body;
	}

	static IndexDefinition load(ResourceLoader resources, String synonymsLocation, JsonMapper json) {
		ObjectNode body = (ObjectNode) json.readTree(read(resources.getResource(
				"classpath:search/index/products-v" + VERSION + ".json")));
		ArrayNode rules = (ArrayNode) body.at("/settings/analysis/filter/produce_synonyms/synonyms");
		synonyms(resources.getResource(synonymsLocation)).forEach(rules::add);
		return new IndexDefinition(body);
	}

	/** The body of the create-index request. */
	String body() {
		return body.toString();
	}

	/** The synonym rules of a list: blank lines and {@code #} comments left out. */
	static List<String> rules(String text) {
		return text.lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
	}

	private static List<String> synonyms(Resource resource) {
		if (!resource.exists()) {
			log.warn("No synonym list at {}: Hinglish spellings and Hindi names will match only as typed", resource);
			return List.of();
		}
		return rules(read(resource));
	}

	private static String read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}
}
