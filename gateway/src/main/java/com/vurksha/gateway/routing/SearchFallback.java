package com.vurksha.gateway.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import com.vurksha.platform.api.Meta;

/**
 * Keeps search answering when the search service does not: a product search it fails (a 5xx, an open breaker, a
 * timeout) is asked of the product service's database search ({@code /internal/v1/products/search}, with the
 * gateway's own service token), whose answer is marked {@code meta.degraded: true}; a suggestion answers an empty
 * degraded list. When the product service cannot answer either, the search answers an empty degraded page: a
 * customer never sees a 5xx from search.
 */
class SearchFallback implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	static final String PRODUCTS = "/api/v1/search/products";

	static final String SUGGEST = "/api/v1/search/suggest";

	private static final Log log = LogFactory.getLog(SearchFallback.class);

	private final HandlerFilterFunction<ServerResponse, ServerResponse> guarded;

	/** The product service's client with the gateway's service token, or null when the gateway has no identity. */
	private final RestClient productService;

	SearchFallback(HandlerFilterFunction<ServerResponse, ServerResponse> guarded, RestClient productService) {
		this.guarded = guarded;
		this.productService = productService;
	}

	@Override
	public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
		ServerResponse response = guarded.filter(request, next);
		if (!response.statusCode().is5xxServerError() || !HttpMethod.GET.equals(request.method())) {
			return response;
		}
		String path = request.path();
		if (SUGGEST.equals(path)) {
			return degraded(List.of(), null);
		}
		if (PRODUCTS.equals(path)) {
			log.warn("The search service answered " + response.statusCode() + "; searching the product service");
			return databaseSearch(request);
		}
		return response;
	}

	private ServerResponse databaseSearch(ServerRequest request) {
		if (productService != null) {
			try {
				String query = request.uri().getRawQuery();
				String answer = productService.get()
					.uri("/internal/v1/products/search" + ((query == null) ? "" : "?" + query))
					.retrieve()
					.body(String.class);
				if (answer != null) {
					return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
				}
			}
			catch (RuntimeException ex) {
				log.warn("The product service's database search failed as well: " + ex);
			}
		}
		int page = intParameter(request, "page", 1);
		int limit = intParameter(request, "limit", 20);
		Map<String, Object> facets = new LinkedHashMap<>();
		facets.put("categories", List.of());
		facets.put("priceRanges", List.of());
		facets.put("organic", Map.of());
		facets.put("farms", List.of());
		return degraded(Map.of("hits", List.of(), "facets", facets),
				Map.of("page", page, "limit", limit, "total", 0, "hasMore", false));
	}

	private static ServerResponse degraded(Object data, Map<String, Object> pagination) {
		Meta meta = Meta.now();
		Map<String, Object> metaBody = new LinkedHashMap<>();
		metaBody.put("requestId", meta.requestId());
		metaBody.put("timestamp", meta.timestamp());
		metaBody.put("version", meta.version());
		metaBody.put("degraded", true);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("success", true);
		body.put("data", data);
		body.put("meta", metaBody);
		if (pagination != null) {
			body.put("pagination", pagination);
		}
		return ServerResponse.status(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private static int intParameter(ServerRequest request, String name, int fallback) {
		try {
			return request.param(name).map(Integer::parseInt).filter(value -> value > 0).orElse(fallback);
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}
}
