package com.vurksha.payment.webhook;

import java.util.List;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.FieldViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Webhooks")
class WebhookController {

	private final WebhookVerifier verifier;

	private final WebhookLog log;

	private final JsonMapper json;

	WebhookController(WebhookVerifier verifier, WebhookLog log, JsonMapper json) {
		this.verifier = verifier;
		this.log = log;
		this.json = json;
	}

	@PostMapping("/api/v1/payments/webhooks/{provider}")
	@Operation(operationId = "receivePaymentWebhook",
			summary = "Receive a payment provider's webhook (no token; the signature proves the sender)",
			description = "Only 'razorpay'. The X-Razorpay-Signature (HMAC-SHA256 of the raw body with the webhook "
					+ "secret, or the previous one during rotation) is checked before the body is read: a mismatch is 400 "
					+ "and changes nothing. The x-razorpay-event-id is stored once; a duplicate answers 200 and does "
					+ "nothing. Payment and refund events move our records forward only, and only when amount and "
					+ "currency match ours.")
	@ApiErrors({"NOT_FOUND", "WEBHOOK_SIGNATURE_INVALID"})
	ApiResponse<WebhookReceipt> receive(@PathVariable String provider,
			@RequestHeader(name = "X-Razorpay-Signature", required = false) String signature,
			@RequestHeader(name = "x-razorpay-event-id", required = false) String eventId,
			@RequestBody byte[] body) {
		if (!"razorpay".equals(provider)) {
			throw new ApiException(CommonErrorCode.NOT_FOUND, "No webhook for provider " + provider);
		}
		verifier.verify(body, signature);
		if (eventId == null || eventId.isBlank() || eventId.length() > 100) {
			throw new ApiException(CommonErrorCode.VALIDATION_FAILED, "x-razorpay-event-id is required")
				.withDetails(List.of(new FieldViolation("x-razorpay-event-id", "required, at most 100 characters")));
		}
		return ApiResponse.ok(log.receive(eventId, body, parse(body)));
	}

	private JsonNode parse(byte[] body) {
		try {
			JsonNode event = json.readTree(body);
			if (event == null || !event.isObject()) {
				throw new ApiException(CommonErrorCode.MALFORMED_REQUEST, "The webhook body is not a JSON object");
			}
			return event;
		}
		catch (JacksonException ex) {
			throw new ApiException(CommonErrorCode.MALFORMED_REQUEST, "The webhook body is not JSON");
		}
	}
}
