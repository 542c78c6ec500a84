package com.vurksha.payment.payment;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.Meta;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.idempotency.IdempotentRequests;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments")
@SecurityRequirement(name = "bearer")
class PaymentController {

	private final PaymentDesk desk;

	private final IdempotentRequests idempotent;

	PaymentController(PaymentDesk desk, IdempotentRequests idempotent) {
		this.desk = desk;
		this.idempotent = idempotent;
	}

	@PostMapping
	@Operation(operationId = "createPayment", summary = "Open the payment of one of my orders awaiting payment",
			description = "Checks with the order service that the order is mine and PENDING_PAYMENT, then creates a "
					+ "provider order for exactly its total (or answers the payment the order already has). Requires "
					+ "X-Idempotency-Key; a replay answers the first result, another body under the same key 422.")
	@ApiErrors({"DEPENDENCY_TIMEOUT", "IDEMPOTENCY_KEY_IN_PROGRESS", "IDEMPOTENCY_KEY_REQUIRED",
			"IDEMPOTENCY_KEY_REUSED", "ORDER_NOT_FOUND", "ORDER_NOT_PAYABLE", "PAYMENT_PROVIDER_UNAVAILABLE"})
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "the payment (a replay answers the first answer)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentAnswer.class)))
	ResponseEntity<?> open(CurrentUser user, @RequestHeader(name = "X-Idempotency-Key", required = false) String key,
			@Valid @RequestBody NewPayment body) {
		return idempotent.execute(user.id(), key, body, () -> ResponseEntity.status(HttpStatus.CREATED)
			.body(ApiResponse.ok(desk.open(user.id(), body.orderId()))));
	}

	@GetMapping("/{paymentId}")
	@Operation(operationId = "getPayment",
			summary = "One of my payments", description = "Someone else's payment answers 404 like a missing one.")
	@ApiErrors({"PAYMENT_NOT_FOUND"})
	ApiResponse<PaymentView> get(CurrentUser user, @PathVariable String paymentId) {
		return ApiResponse.ok(desk.mine(user.id(), paymentId));
	}

	/** The answer's shape for the API document. */
	record PaymentAnswer(boolean success, PaymentView data, Meta meta) {
	}
}
