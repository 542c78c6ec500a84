package com.vurksha.payment.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import com.vurksha.payment.PaymentErrorCode;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.http.ServiceClients;
import tools.jackson.databind.JsonNode;

/**
 * Razorpay's REST API with basic authentication ({@code key_id:key_secret}). The client never forwards the
 * customer's token: Razorpay is a third party.
 */
@Component
@ConditionalOnProperty(name = "vurksha.payments.provider", havingValue = "razorpay", matchIfMissing = true)
class RazorpayProvider implements PaymentProvider {

	private final RestClient client;

	private final String keyId;

	RazorpayProvider(ServiceClients clients, PaymentProperties properties) {
		PaymentProperties.Razorpay razorpay = properties.razorpay();
		this.keyId = razorpay.keyId();
		this.client = clients.create("razorpay", razorpay.baseUrl())
			.mutate()
			.defaultHeaders(headers -> headers.setBasicAuth(razorpay.keyId(), razorpay.keySecret()))
			.build();
	}

	@Override
	public String name() {
		return "razorpay";
	}

	@Override
	public String keyId() {
		return keyId;
	}

	@Override
	public ProviderOrder createOrder(long amount, String currency, String receipt) {
		JsonNode order = call(() -> client.post()
			.uri("/v1/orders")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("amount", amount, "currency", currency, "receipt", receipt))
			.retrieve()
			.body(JsonNode.class));
		return new ProviderOrder(order.get("id").asString(), order.get("amount").asLong(),
				order.get("currency").asString());
	}

	@Override
	public List<ProviderPayment> paymentsOf(String providerOrderId) {
		JsonNode page = call(() -> client.get()
			.uri("/v1/orders/{id}/payments", providerOrderId)
			.retrieve()
			.body(JsonNode.class));
		List<ProviderPayment> payments = new ArrayList<>();
		page.path("items").forEach(item -> payments.add(RazorpayEntities.payment(item)));
		return payments;
	}

	@Override
	public ProviderRefund refund(String providerPaymentId, long amount, String refundId) {
		JsonNode refund = call(() -> client.post()
			.uri("/v1/payments/{id}/refund", providerPaymentId)
			.header("X-Refund-Idempotency", refundId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("amount", amount, "notes", Map.of("refund_id", refundId)))
			.retrieve()
			.body(JsonNode.class));
		return RazorpayEntities.refund(refund);
	}

	/** A refusal by Razorpay (4xx) is not something a retry fixes, but our caller should see it as the provider's. */
	private static <T> T call(java.util.function.Supplier<T> request) {
		try {
			return request.get();
		}
		catch (RestClientResponseException ex) {
			throw new ApiException(PaymentErrorCode.PAYMENT_PROVIDER_UNAVAILABLE,
					"The payment provider refused the request with status " + ex.getStatusCode().value(), ex);
		}
	}
}
