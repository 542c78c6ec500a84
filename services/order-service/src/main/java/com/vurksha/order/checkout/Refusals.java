package com.vurksha.order.checkout;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.client.HttpClientErrorException;

import com.vurksha.order.OrderErrorCode;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.FieldViolation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns another service's 4xx refusal into ours: its error code when it is one the caller passes on (e.g.
 * {@code SLOT_FULL}, {@code INSUFFICIENT_STOCK}), otherwise the fallback; its message and details are kept. The codes
 * passed on are named at each call, so the checkout's documented error list can be checked against them.
 */
final class Refusals {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Refusals() {
	}

	static ApiException of(HttpClientErrorException ex, OrderErrorCode fallback, OrderErrorCode... passedOn) {
		JsonNode error = errorOf(ex);
		String code = (error != null && error.hasNonNull("code")) ? error.get("code").asString() : "";
		String message = (error != null && error.hasNonNull("message")) ? error.get("message").asString()
				: fallback.name();
		return new ApiException(known(code, fallback, passedOn), message).withDetails(details(error));
	}

	private static OrderErrorCode known(String code, OrderErrorCode fallback, OrderErrorCode... passedOn) {
		for (OrderErrorCode candidate : passedOn) {
			if (candidate.name().equals(code)) {
				return candidate;
			}
		}
		return fallback;
	}

	private static List<FieldViolation> details(JsonNode error) {
		List<FieldViolation> details = new ArrayList<>();
		if (error != null && error.has("details")) {
			for (JsonNode detail : error.get("details")) {
				details.add(new FieldViolation(detail.path("field").asString(""), detail.path("message").asString("")));
			}
		}
		return details;
	}

	private static JsonNode errorOf(HttpClientErrorException ex) {
		try {
			return JSON.readTree(ex.getResponseBodyAsString()).get("error");
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}
}
