package com.vurksha.payment.refund;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.Meta;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.idempotency.IdempotentRequests;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Refunds")
@SecurityRequirement(name = "bearer")
class RefundController {

	private final RefundDesk desk;

	private final IdempotentRequests idempotent;

	RefundController(RefundDesk desk, IdempotentRequests idempotent) {
		this.desk = desk;
		this.idempotent = idempotent;
	}

	@PostMapping("/api/v1/payments/{paymentId}/refunds")
	@Operation(operationId = "refundPayment", summary = "Refund a captured payment in full or in part (operators only)",
			description = "Requires the ADMIN role and X-Idempotency-Key. Without an amount refunds all that is left. "
					+ "Refunds together never exceed the captured amount (409 REFUND_EXCEEDS_CAPTURED). The refund is "
					+ "PENDING until the provider reports it processed.")
	@ApiErrors({"IDEMPOTENCY_KEY_IN_PROGRESS", "IDEMPOTENCY_KEY_REQUIRED", "IDEMPOTENCY_KEY_REUSED",
			"PAYMENT_NOT_FOUND", "PAYMENT_NOT_REFUNDABLE", "PAYMENT_PROVIDER_UNAVAILABLE", "REFUND_EXCEEDS_CAPTURED"})
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "the refund, PENDING until the provider processes it (a replay answers the first answer)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = RefundAnswer.class)))
	ResponseEntity<?> refund(CurrentUser user, @PathVariable String paymentId,
			@RequestHeader(name = "X-Idempotency-Key", required = false) String key,
			@Valid @RequestBody NewRefund body) {
		if (!user.isAdmin()) {
			throw new ApiException(CommonErrorCode.FORBIDDEN, "Only operators refund payments");
		}
		return idempotent.execute(user.id(), key, body, () -> ResponseEntity.status(HttpStatus.CREATED)
			.body(ApiResponse.ok(desk.refund(paymentId, body.amount(), "api:" + key, body.reason()))));
	}

	/** The answer's shape for the API document. */
	record RefundAnswer(boolean success, RefundView data, Meta meta) {
	}
}
