package com.vurksha.admin.console;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.vurksha.admin.DateRange;
import com.vurksha.admin.replica.Replicas;
import com.vurksha.platform.error.ApiException;

/**
 * The orders queue (from the order service's reporting view) and one order with its lines, payment and delivery;
 * packing and cancelling go through the order service's admin API.
 */
@Controller
class OrdersController {

	static final List<String> STATUSES = List.of("PENDING_PAYMENT", "CONFIRMED", "PACKED", "OUT_FOR_DELIVERY",
			"DELIVERED", "CANCELLED");

	private final ReplicaReads reads;

	private final OperatorActions actions;

	private final JsonMapper json;

	OrdersController(ReplicaReads reads, OperatorActions actions, JsonMapper json) {
		this.reads = reads;
		this.actions = actions;
		this.json = json;
	}

	@GetMapping("/admin/orders")
	String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String slot,
			@RequestParam(required = false) String zone,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Integer page, Model model, HttpSession session) {
		ReplicaReads.OrderFilter filter = new ReplicaReads.OrderFilter(Forms.blankToNull(status),
				Forms.blankToNull(slot), Forms.blankToNull(zone), date);
		Replicas.Read<Listing<Map<String, Object>>> read = reads.orders(filter, Listing.page(page));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("zones", choices(session, "/api/v1/admin/delivery/zones"));
		if (filter.zoneId() != null && filter.date() != null) {
			model.addAttribute("slots", choices(session, "/api/v1/admin/delivery/zones/{id}/slots?date={date}",
					filter.zoneId(), filter.date()));
		}
		model.addAttribute("orders", read.value());
		model.addAttribute("asOf", read.dataAsOf().atZone(DateRange.INDIA));
		model.addAttribute("pageBase", org.springframework.web.util.UriComponentsBuilder.fromPath("/admin/orders")
			.queryParamIfPresent("status", java.util.Optional.ofNullable(filter.status()))
			.queryParamIfPresent("slot", java.util.Optional.ofNullable(filter.slotId()))
			.queryParamIfPresent("zone", java.util.Optional.ofNullable(filter.zoneId()))
			.queryParamIfPresent("date", java.util.Optional.ofNullable(filter.date()))
			.encode()
			.toUriString());
		return "console/orders";
	}

	@GetMapping("/admin/orders/{id}")
	String order(@PathVariable String id, Model model) {
		Replicas.Read<Map<String, Object>> order = reads.order(id);
		model.addAttribute("id", id);
		model.addAttribute("order", order.value());
		model.addAttribute("asOf", order.dataAsOf().atZone(DateRange.INDIA));
		model.addAttribute("lines", reads.orderLines(id).value());
		section(model, "payments", () -> reads.payments(id).value());
		// one key per page shown: submitting the refund form twice refunds once
		model.addAttribute("refundKey", java.util.UUID.randomUUID().toString());
		section(model, "refunds", () -> reads.refunds(id).value());
		section(model, "deliveries", () -> reads.deliveries(id).value());
		return "console/order";
	}

	@PostMapping("/admin/orders/{id}/pack")
	String pack(@PathVariable String id, HttpSession session, RedirectAttributes redirect) {
		Answer answer = actions.act(session, new OperatorActions.Step("order.pack", "order", id), before(id, null),
				Owner.ORDER, HttpMethod.POST, "/api/v1/admin/orders/{id}/status",
				Map.of("status", "PACKED"), id);
		Forms.tell(redirect, answer, "Order marked packed.");
		return "redirect:/admin/orders/" + Forms.segment(id);
	}

	/**
	 * Cancels the order; the order service refunds a paid order itself (through its cancelled event to the payment
	 * service). Its API takes no reason, so the operator's reason is kept in the audit entry.
	 */
	@PostMapping("/admin/orders/{id}/cancel")
	String cancel(@PathVariable String id, @RequestParam(required = false) String reason, HttpSession session,
			RedirectAttributes redirect) {
		String why = Forms.blankToNull(reason);
		if (why == null || why.length() > 500) {
			redirect.addFlashAttribute("problem", "Give a reason for cancelling (at most 500 characters).");
			return "redirect:/admin/orders/" + Forms.segment(id);
		}
		Answer answer = actions.act(session, new OperatorActions.Step("order.cancel", "order", id), before(id, why),
				Owner.ORDER, HttpMethod.POST, "/api/v1/admin/orders/{id}/status",
				Map.of("status", "CANCELLED"), id);
		Forms.tell(redirect, answer, "Order cancelled; a paid order is refunded by the payment service.");
		return "redirect:/admin/orders/" + Forms.segment(id);
	}

	/**
	 * The zones or slots to choose from in the filters, from the delivery service; null when it cannot say (the
	 * filters then take ids), so the queue never depends on it.
	 */
	private JsonNode choices(HttpSession session, String path, Object... variables) {
		return actions.current(session, Owner.DELIVERY, path, variables);
	}

	/** The order as the replica shows it (the order service has no admin read of one order), and the reason. */
	private JsonNode before(String id, String reason) {
		ObjectNode before = json.createObjectNode();
		try {
			Map<String, Object> row = reads.order(id).value();
			before.set("order", (row != null) ? json.valueToTree(row) : null);
		}
		catch (ApiException ex) {
			before.putNull("order");
		}
		if (reason != null) {
			before.put("reason", reason);
		}
		return before;
	}

	private static void section(Model model, String name, java.util.function.Supplier<Object> read) {
		try {
			model.addAttribute(name, read.get());
		}
		catch (ApiException ex) {
			model.addAttribute(name + "Problem", ex.getMessage());
		}
	}
}
