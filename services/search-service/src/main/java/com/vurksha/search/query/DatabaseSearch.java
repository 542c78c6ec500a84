package com.vurksha.search.query;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import com.vurksha.platform.api.Pagination;
import com.vurksha.platform.http.ServiceClients;
import com.vurksha.search.index.ProductQuery;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product service's database search ({@code GET /internal/v1/products/search}: names by prefix and contains),
 * asked with this service's own token when the index cannot answer. Its answer has the shape of ours.
 */
@Component
class DatabaseSearch {

	private static final Logger log = LoggerFactory.getLogger(DatabaseSearch.class);

	private final RestClient client;

	private final JsonMapper json;

	DatabaseSearch(ServiceClients clients, Settings settings, JsonMapper json) {
		this.client = clients.create("product", settings.productServiceUrl());
		// another service's answer may carry fields this one does not know
		this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	/** The product service's answer, or empty when it cannot give one either. */
	Optional<Answer> search(ProductQuery query) {
		try {
			JsonNode envelope = client.get()
				.uri(uri -> parameters(uri.path("/internal/v1/products/search"), query).build())
				.retrieve()
				.body(JsonNode.class);
			if (envelope == null || !envelope.path("data").isObject()) {
				return Optional.empty();
			}
			SearchAnswer data = json.treeToValue(envelope.get("data"), SearchAnswer.class);
			JsonNode page = envelope.path("pagination");
			Pagination pagination = new Pagination(page.path("page").asInt(query.page()),
					page.path("limit").asInt(query.limit()), page.path("total").asLong(data.hits().size()),
					page.path("hasMore").asBoolean(false));
			return Optional.of(new Answer(data, pagination));
		}
		catch (RuntimeException ex) {
			log.warn("The product service's database search failed as well: {}", ex.toString());
			return Optional.empty();
		}
	}

	private static UriBuilder parameters(UriBuilder uri, ProductQuery query) {
		optional(uri, "q", query.text());
		optional(uri, "category", query.category());
		optional(uri, "minPrice", query.minPrice());
		optional(uri, "maxPrice", query.maxPrice());
		optional(uri, "inStock", query.inStock());
		optional(uri, "organic", query.organic());
		optional(uri, "farm", query.farm());
		uri.queryParam("sort", query.sort().name().toLowerCase(java.util.Locale.ROOT));
		uri.queryParam("page", query.page());
		return uri.queryParam("limit", query.limit());
	}

	private static void optional(UriBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	/** The degraded answer: hits without typo tolerance or facets, and its pagination. */
	record Answer(SearchAnswer data, Pagination pagination) {
	}

	/**
	 * Where the product service is.
	 *
	 * @param productServiceUrl its base address (default {@code http://localhost:8082})
	 */
	@ConfigurationProperties("vurksha.search.catalogue")
	record Settings(@DefaultValue("http://localhost:8082") String productServiceUrl) {
	}
}
