package com.vurksha.search.index.opensearch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.opensearch.client.opensearch.OpenSearchClient;

import com.vurksha.search.index.IndexedProduct;
import com.vurksha.search.index.ProductIndex;
import com.vurksha.search.index.ProductQuery;
import com.vurksha.search.index.SearchPage;
import com.vurksha.search.index.SearchPage.Bucket;
import com.vurksha.search.index.SearchPage.Facets;
import com.vurksha.search.index.SearchPage.Hit;
import com.vurksha.search.index.SearchPage.PriceRange;
import com.vurksha.search.index.Suggestion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The product index on OpenSearch. Searches and writes go to an alias; a rebuild fills a new versioned index
 * ({@code products-v1-<millis>}) while writes from events go to both, then moves the alias in one atomic request,
 * so searches never see a missing or half-filled index. The retired index is kept until the next rebuild, so that
 * searches already sent to it finish.
 */
class OpenSearchProductIndex implements ProductIndex {

	/**
	 * Searches and suggestions ask the engine to keep their shard-level results (matches, scores and facets) in its
	 * request cache, keyed by the request's exact text; the engine drops them whenever the index changes visibly
	 * (a refresh with new writes), so a kept answer is never staler than a search would be. The typo-tolerant
	 * matching of long words costs the engine up to ~10 ms of CPU; a repeated query then costs the fetch only.
	 */
	private static final Map<String, String> CACHED = Map.of("request_cache", "true");

	/** Searches and reads, with the short timeout. */
	private final EngineCalls reads;

	/** Writes and administration, with the long timeout. */
	private final EngineCalls engine;

	private final String alias;

	private final IndexDefinition definition;

	private final Documents documents;

	private final Queries queries;

	private final Clock clock = Clock.systemUTC();

	/** The index being rebuilt, if any. */
	private volatile String building;

	/** Products removed while a rebuild runs: the rebuild's older copy of them must not bring them back. */
	private final Set<String> removedWhileBuilding = ConcurrentHashMap.newKeySet();

	OpenSearchProductIndex(OpenSearchClient searchClient, OpenSearchClient writeClient, String alias,
			IndexDefinition definition, JsonMapper json) {
		this.reads = new EngineCalls(searchClient.generic(), json);
		this.engine = new EngineCalls(writeClient.generic(), json);
		this.alias = alias;
		this.definition = definition;
		this.documents = new Documents(json);
		this.queries = new Queries(json);
	}

	@Override
	public void ensureReady() {
		if (current().isEmpty()) {
			ObjectNode body = (ObjectNode) engineJson(definition.body());
			body.putObject("aliases").putObject(alias);
			String index = newIndexName();
			engine.send("PUT", "/" + index, body.toString());
			awaitActive(index);
		}
	}

	@Override
	public SearchPage search(ProductQuery query) {
		JsonNode answer = reads.send("POST", "/" + alias + "/_search", queries.search(query), CACHED);
		List<Hit> hits = new ArrayList<>();
		for (JsonNode hit : answer.path("hits").path("hits")) {
			JsonNode source = hit.path("_source");
			JsonNode highlight = hit.path("highlight").path("name");
			hits.add(new Hit(source.path("productId").asString(), text(source, "name"), text(source, "nameHi"),
					text(source, "imageUrl"), source.path("priceFrom").asLong(), source.path("mrpFrom").asLong(),
					source.path("rating").asDouble(), source.path("inStock").asBoolean(),
					highlight.isArray() && !highlight.isEmpty() ? highlight.get(0).asString() : null));
		}
		return new SearchPage(hits, facets(answer.path("aggregations")),
				answer.path("hits").path("total").path("value").asLong());
	}

	@Override
	public List<Suggestion> suggest(String prefix, int limit) {
		JsonNode answer = reads.send("POST", "/" + alias + "/_search", queries.suggestions(prefix, limit), CACHED);
		List<Suggestion> suggestions = new ArrayList<>();
		for (JsonNode bucket : answer.path("aggregations").path("categories").path("ids").path("buckets")) {
			JsonNode names = bucket.path("name").path("buckets");
			if (!names.isEmpty()) {
				suggestions.add(new Suggestion(names.get(0).path("key").asString(), Suggestion.Kind.CATEGORY,
						bucket.path("key").asString()));
			}
		}
		for (JsonNode hit : answer.path("hits").path("hits")) {
			JsonNode source = hit.path("_source");
			String text = source.has("nameHi") ? text(source, "nameHi") : text(source, "name");
			if (text != null && suggestions.stream().noneMatch(known -> known.text().equals(text))) {
				suggestions.add(new Suggestion(text, Suggestion.Kind.PRODUCT, source.path("productId").asString()));
			}
		}
		return suggestions.subList(0, Math.min(limit, suggestions.size()));
	}

	@Override
	public Optional<IndexedProduct> find(String productId) {
		JsonNode answer = reads.send("GET", "/" + alias + "/_doc/" + productId, null, 404);
		return answer.path("found").asBoolean(false) ? Optional.of(documents.fromDocument(answer.path("_source")))
				: Optional.empty();
	}

	@Override
	public List<IndexedProduct> findAll(Collection<String> productIds) {
		if (productIds.isEmpty()) {
			return List.of();
		}
		JsonNode answer = reads.send("POST", "/" + alias + "/_search", queries.byIds(productIds));
		Map<String, IndexedProduct> found = new LinkedHashMap<>();
		for (JsonNode hit : answer.path("hits").path("hits")) {
			IndexedProduct product = documents.fromDocument(hit.path("_source"));
			found.put(product.productId(), product);
		}
		return productIds.stream().map(found::get).filter(product -> product != null).toList();
	}

	@Override
	public List<IndexedProduct> bestRated(String categoryId, Collection<String> excluding, int limit) {
		JsonNode answer = reads.send("POST", "/" + alias + "/_search",
				queries.bestRated(categoryId, excluding, limit));
		List<IndexedProduct> products = new ArrayList<>();
		answer.path("hits").path("hits").forEach(hit -> products.add(documents.fromDocument(hit.path("_source"))));
		return products;
	}

	@Override
	public void save(IndexedProduct product) {
		String doc = documents.toDocument(product).toString();
		engine.send("PUT", "/" + alias + "/_doc/" + product.productId(), doc);
		String rebuilding = building;
		if (rebuilding != null) {
			removedWhileBuilding.remove(product.productId());
			engine.send("PUT", "/" + rebuilding + "/_doc/" + product.productId(), doc);
		}
	}

	@Override
	public void remove(String productId) {
		engine.send("DELETE", "/" + alias + "/_doc/" + productId, null, 404);
		String rebuilding = building;
		if (rebuilding != null) {
			removedWhileBuilding.add(productId);
			engine.send("DELETE", "/" + rebuilding + "/_doc/" + productId, null, 404);
		}
	}

	@Override
	public synchronized String beginRebuild() {
		String index = newIndexName();
		engine.send("PUT", "/" + index, definition.body());
		awaitActive(index);
		removedWhileBuilding.clear();
		building = index;
		return index;
	}

	@Override
	public void saveAll(String index, List<IndexedProduct> products) {
		StringBuilder bulk = new StringBuilder();
		for (IndexedProduct product : products) {
			if (removedWhileBuilding.contains(product.productId())) {
				continue;
			}
			// create, not index: a newer copy written from an event during the rebuild wins over the listing's
			bulk.append("{\"create\":{\"_index\":\"").append(index).append("\",\"_id\":\"")
				.append(product.productId()).append("\"}}\n");
			bulk.append(documents.toDocument(product).toString()).append('\n');
		}
		if (!bulk.isEmpty()) {
			engine.bulk(bulk.toString());
		}
	}

	@Override
	public synchronized void publish(String index) {
		engine.send("POST", "/" + index + "/_refresh", null);
		List<String> previous = aliasTargets();
		ObjectNode actions = (ObjectNode) engineJson("{\"actions\":[]}");
		previous.forEach(old -> actions.withArray("actions").addObject().putObject("remove").put("index", old)
			.put("alias", alias));
		actions.withArray("actions").addObject().putObject("add").put("index", index).put("alias", alias);
		engine.send("POST", "/_aliases", actions.toString());
		building = null;
		removedWhileBuilding.clear();
		// the index just retired may still be answering searches that resolved the alias before the move: it is
		// deleted at the next rebuild, with anything older
		for (String old : versionedIndices()) {
			if (!old.equals(index) && !previous.contains(old)) {
				engine.send("DELETE", "/" + old, null, 404);
			}
		}
	}

	@Override
	public synchronized void abandon(String index) {
		building = null;
		removedWhileBuilding.clear();
		engine.send("DELETE", "/" + index, null, 404);
	}

	@Override
	public Optional<String> current() {
		List<String> targets = aliasTargets();
		return targets.isEmpty() ? Optional.empty() : Optional.of(targets.get(0));
	}

	private List<String> aliasTargets() {
		JsonNode answer = engine.send("GET", "/_alias/" + alias, null, 404);
		List<String> indices = new ArrayList<>();
		answer.propertyNames().forEach(indices::add);
		return indices;
	}

	private List<String> versionedIndices() {
		JsonNode answer = engine.send("GET", "/" + alias + "-v*/_alias", null, 404);
		List<String> indices = new ArrayList<>();
		answer.propertyNames().forEach(indices::add);
		return indices;
	}

	/** Waits until the new index's primary shard is started, so that it can answer once the alias points at it. */
	private void awaitActive(String index) {
		engine.send("GET", "/_cluster/health/" + index, null,
				Map.of("wait_for_status", "yellow", "timeout", "20s"));
	}

	private String newIndexName() {
		return alias + "-v" + IndexDefinition.VERSION + "-" + clock.millis();
	}

	private JsonNode engineJson(String text) {
		return documents.parse(text);
	}

	private static Facets facets(JsonNode aggs) {
		List<PriceRange> ranges = new ArrayList<>();
		for (JsonNode bucket : aggs.path("priceRanges").path("buckets")) {
			ranges.add(new PriceRange(bucket.has("from") ? bucket.path("from").asLong() : null,
					bucket.has("to") ? bucket.path("to").asLong() : null, bucket.path("doc_count").asLong()));
		}
		Map<String, Long> organic = new LinkedHashMap<>();
		for (JsonNode bucket : aggs.path("organic").path("buckets")) {
			organic.put(bucket.path("key_as_string").asString(), bucket.path("doc_count").asLong());
		}
		return new Facets(named(aggs.path("categories")), ranges, organic, named(aggs.path("farms")));
	}

	private static List<Bucket> named(JsonNode agg) {
		List<Bucket> buckets = new ArrayList<>();
		for (JsonNode bucket : agg.path("buckets")) {
			JsonNode names = bucket.path("name").path("buckets");
			buckets.add(new Bucket(bucket.path("key").asString(),
					names.isEmpty() ? null : names.get(0).path("key").asString(), bucket.path("doc_count").asLong()));
		}
		return buckets;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}
}
