package com.vurksha.payment.provider;

import tools.jackson.databind.JsonNode;

/** Reads Razorpay's payment and refund entities, as they appear in API answers and in webhook payloads. */
public final class RazorpayEntities {

	private RazorpayEntities() {
	}

	public static ProviderPayment payment(JsonNode entity) {
		return new ProviderPayment(text(entity, "id"), text(entity, "order_id"), text(entity, "status"),
				entity.path("amount").asLong(-1), text(entity, "currency"), text(entity, "error_description"));
	}

	public static ProviderRefund refund(JsonNode entity) {
		return new ProviderRefund(text(entity, "id"), text(entity, "payment_id"),
				text(entity.path("notes"), "refund_id"), entity.path("amount").asLong(-1), text(entity, "status"));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isString() || value.isNumber()) ? value.asString() : null;
	}
}
