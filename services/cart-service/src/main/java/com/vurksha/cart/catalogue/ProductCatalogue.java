package com.vurksha.cart.catalogue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.http.ServiceClients;

/**
 * Asks the product service for the current state of variants, with the cart service's own service token. Any failure
 * of that call is an {@link ApiException} with a retryable code, so callers can tell "the product service cannot
 * say now" from an answer.
 */
@Component
public class ProductCatalogue {

	/** The product service takes at most this many ids per call. */
	static final int MAX_IDS_PER_CALL = 100;

	private static final ParameterizedTypeReference<Envelope> ENVELOPE = new ParameterizedTypeReference<>() {
	};

	private final RestClient client;

	ProductCatalogue(ServiceClients clients, CatalogueProperties properties) {
		this.client = clients.create("product", properties.productServiceUrl());
	}

	/** The variants the product service knows among {@code ids}, by id; unknown ids are simply absent. */
	public Map<String, CatalogueVariant> variants(Collection<String> ids) {
		Map<String, CatalogueVariant> found = new LinkedHashMap<>();
		List<String> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += MAX_IDS_PER_CALL) {
			List<String> batch = all.subList(from, Math.min(all.size(), from + MAX_IDS_PER_CALL));
			fetch(batch).forEach(variant -> found.put(variant.variantId(), variant));
		}
		return found;
	}

	private List<CatalogueVariant> fetch(List<String> ids) {
		try {
			Envelope answer = client.get()
				.uri(uri -> uri.path("/internal/v1/variants").queryParam("ids", String.join(",", ids)).build())
				.retrieve()
				.body(ENVELOPE);
			return (answer == null || answer.data() == null) ? List.of() : answer.data();
		}
		catch (RestClientException ex) {
			// an answer we cannot use (an unexpected 4xx, a body of another shape) is as good as no answer
			throw new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE,
					"The product service gave no usable answer", ex);
		}
	}

	/** The product service's envelope around the variant list. */
	record Envelope(List<CatalogueVariant> data) {
	}
}
