package com.vurksha.cart.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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
 * <p>
 * A variant's answer is used again for {@link CatalogueProperties#remember()} (2 s) before the product service is
 * asked anew: every change to any cart asked for all of that cart's variants, which made the product service's
 * internal call the most frequent call of a checkout journey. Only variants asked for are remembered; those the
 * product service does not know are not.
 */
@Component
public class ProductCatalogue {

	/** The product service takes at most this many ids per call. */
	static final int MAX_IDS_PER_CALL = 100;

	private static final ParameterizedTypeReference<Envelope> ENVELOPE = new ParameterizedTypeReference<>() {
	};

	private final RestClient client;

	/** Recent answers by variant id; null when nothing is remembered. */
	private final Cache<String, CatalogueVariant> recent;

	ProductCatalogue(ServiceClients clients, CatalogueProperties properties) {
		this.client = clients.create("product", properties.productServiceUrl());
		this.recent = (properties.remember().isZero() || properties.remember().isNegative()) ? null
				: Caffeine.newBuilder()
					.expireAfterWrite(properties.remember())
					.maximumSize(properties.rememberMaximum())
					.build();
	}

	/** The variants the product service knows among {@code ids}, by id; unknown ids are simply absent. */
	public Map<String, CatalogueVariant> variants(Collection<String> ids) {
		Map<String, CatalogueVariant> found = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (String id : ids) {
			CatalogueVariant known = (recent != null) ? recent.getIfPresent(id) : null;
			if (known != null) {
				found.put(id, known);
			}
			else if (!missing.contains(id)) {
				missing.add(id);
			}
		}
		for (int from = 0; from < missing.size(); from += MAX_IDS_PER_CALL) {
			List<String> batch = missing.subList(from, Math.min(missing.size(), from + MAX_IDS_PER_CALL));
			for (CatalogueVariant variant : fetch(batch)) {
				found.put(variant.variantId(), variant);
				if (recent != null && batch.contains(variant.variantId())) {
					recent.put(variant.variantId(), variant);
				}
			}
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
