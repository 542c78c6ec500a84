package com.vurksha.admin.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.vurksha.platform.error.ApiException;

/** Refunds from an order's page, through the payment service's refund API (operators only there too). */
@Controller
class RefundsController {

	private final ReplicaReads reads;

	private final OperatorActions actions;

	private final JsonMapper json;

	RefundsController(ReplicaReads reads, OperatorActions actions, JsonMapper json) {
		this.reads = reads;
		this.actions = actions;
		this.json = json;
	}

	/**
	 * Refunds a captured payment of the order, all that is left or an amount in rupees. The form's key is the
	 * refund's idempotency key, so a second submission of the same form is answered with the first refund.
	 */
	@PostMapping("/admin/orders/{id}/payments/{paymentId}/refund")
	String refund(@PathVariable String id, @PathVariable String paymentId,
			@RequestParam(required = false) String amount, @RequestParam(required = false) String reason,
			@RequestParam UUID key, HttpSession session, RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		try {
			Long paise = Forms.paise(amount);
			if (paise != null) {
				body.put("amount", paise);
			}
		}
		catch (ArithmeticException | NumberFormatException ex) {
			redirect.addFlashAttribute("problem", "The amount must be rupees with at most two decimals.");
			return "redirect:/admin/orders/" + Forms.segment(id);
		}
		String why = Forms.blankToNull(reason);
		if (why != null) {
			body.put("reason", why);
		}
		Answer answer = actions.act(session, new OperatorActions.Step("payment.refund", "payment", paymentId),
				payment(id, paymentId), Owner.PAYMENT, HttpMethod.POST, "/api/v1/payments/{id}/refunds", body,
				Map.of("X-Idempotency-Key", key.toString()), paymentId);
		Forms.tell(redirect, answer, "Refund asked for; it completes when the payment provider processes it.");
		return "redirect:/admin/orders/" + Forms.segment(id);
	}

	/** The payment as the replica shows it (the payment service has no operators' read of one payment). */
	private JsonNode payment(String orderId, String paymentId) {
		try {
			return reads.payments(orderId)
				.value()
				.stream()
				.filter(row -> paymentId.equals(row.get("payment_id")))
				.findFirst()
				.<JsonNode>map(json::valueToTree)
				.orElse(null);
		}
		catch (ApiException ex) {
			return null;
		}
	}
}
