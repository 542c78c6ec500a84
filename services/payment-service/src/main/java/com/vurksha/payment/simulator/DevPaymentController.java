package com.vurksha.payment.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.payment.payment.PaymentDesk;
import com.vurksha.payment.payment.PaymentView;
import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/** Local profile only: plays the customer at the simulated checkout. */
@RestController
@Profile("local")
@ConditionalOnProperty(name = "vurksha.payments.provider", havingValue = "simulator")
@Tag(name = "Payment simulator (local only)")
@SecurityRequirement(name = "bearer")
class DevPaymentController {

	private final PaymentDesk payments;

	private final SimulatorProvider simulator;

	private final SimulatedWebhooks webhooks;

	DevPaymentController(PaymentDesk payments, SimulatorProvider simulator, SimulatedWebhooks webhooks) {
		this.payments = payments;
		this.simulator = simulator;
		this.webhooks = webhooks;
	}

	@PostMapping("/api/v1/dev/payments/{paymentId}/succeed")
	@Operation(summary = "Pay one of my payments successfully (local profile only)",
			description = "Records a captured attempt in the simulator and sends the signed payment.captured webhook "
					+ "Razorpay would send to this service's webhook endpoint; answers the payment afterwards.")
	@ApiErrors({"PAYMENT_NOT_FOUND"})
	ApiResponse<SimulatedPayment> succeed(com.vurksha.platform.security.CurrentUser user,
			@PathVariable String paymentId) {
		return ApiResponse.ok(pay(user.id(), paymentId, true));
	}

	@PostMapping("/api/v1/dev/payments/{paymentId}/fail")
	@Operation(summary = "Fail an attempt to pay one of my payments (local profile only)",
			description = "Records a failed attempt in the simulator and sends the signed payment.failed webhook; "
					+ "the payment may be paid again afterwards, as on Razorpay.")
	@ApiErrors({"PAYMENT_NOT_FOUND"})
	ApiResponse<SimulatedPayment> fail(com.vurksha.platform.security.CurrentUser user,
			@PathVariable String paymentId) {
		return ApiResponse.ok(pay(user.id(), paymentId, false));
	}

	private SimulatedPayment pay(String userId, String paymentId, boolean succeed) {
		PaymentView payment = payments.mine(userId, paymentId);
		JsonNode answer = webhooks.send(simulator.attempt(payment.providerOrderId(), payment.amount(),
				payment.currency(), succeed));
		return new SimulatedPayment(answer.path("data"), payments.mine(userId, paymentId));
	}

	/** What the webhook endpoint answered, and the payment after it. */
	record SimulatedPayment(JsonNode webhook, PaymentView payment) {
	}
}
