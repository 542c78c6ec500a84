package com.vurksha.admin.console;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Riders with their shifts and how many deliveries each holds, and the deliveries in one status with a way to move
 * one to another rider, all from the delivery service's admin API.
 */
@Controller
class RidersController {

	static final List<String> DELIVERY_STATUSES = List.of("UNASSIGNED", "ASSIGNED", "ACCEPTED", "PICKED_UP",
			"EN_ROUTE", "ARRIVED", "DELIVERED", "FAILED", "CANCELLED");

	private final OperatorActions actions;

	RidersController(OperatorActions actions) {
		this.actions = actions;
	}

	@GetMapping("/admin/riders")
	String riders(@RequestParam(required = false) String zone, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, Model model, HttpSession session) {
		String zoneId = Forms.blankToNull(zone);
		String deliveryStatus = (status != null && DELIVERY_STATUSES.contains(status)) ? status : "ASSIGNED";
		int number = Listing.page(page);
		Answer riders = actions.read(session, Owner.DELIVERY,
				(zoneId != null) ? "/api/v1/admin/riders?limit=100&zoneId={zone}" : "/api/v1/admin/riders?limit=100",
				zoneId);
		Answer deliveries = actions.read(session, Owner.DELIVERY,
				"/api/v1/admin/deliveries?status={status}&page={page}&limit={limit}", deliveryStatus, number,
				Listing.SIZE);
		model.addAttribute("zone", zoneId);
		model.addAttribute("status", deliveryStatus);
		model.addAttribute("statuses", DELIVERY_STATUSES);
		show(model, "riders", riders);
		show(model, "deliveries", deliveries);
		model.addAttribute("listing", new Listing<Map<String, Object>>(List.of(), number, Listing.SIZE,
				Math.max(0, deliveries.total())));
		model.addAttribute("pageBase", UriComponentsBuilder.fromPath("/admin/riders")
			.queryParamIfPresent("zone", java.util.Optional.ofNullable(zoneId))
			.queryParam("status", deliveryStatus)
			.encode()
			.toUriString());
		return "console/riders";
	}

	/** Moves a delivery to the chosen rider, or lets the delivery service's assignment rule pick one. */
	@PostMapping("/admin/deliveries/{id}/reassign")
	String reassign(@PathVariable String id, @RequestParam(required = false) String riderId, HttpSession session,
			RedirectAttributes redirect) {
		String rider = Forms.blankToNull(riderId);
		Answer answer = actions.act(session, new OperatorActions.Step("delivery.reassign", "delivery", id), null,
				Owner.DELIVERY, HttpMethod.POST, "/api/v1/admin/deliveries/{id}/reassign",
				(rider != null) ? Map.of("riderId", rider) : Map.of(), id);
		Forms.tell(redirect, answer, (rider != null) ? "Delivery moved to the rider."
				: "Delivery handed to the assignment rule.");
		return "redirect:/admin/riders";
	}

	/** Changes a rider's shift, capacity and whether they take deliveries; the deliveries they hold stay theirs. */
	@PostMapping("/admin/riders/{riderId}")
	String changeRider(@PathVariable String riderId, @RequestParam String shiftStart, @RequestParam String shiftEnd,
			@RequestParam Integer capacity, @RequestParam(required = false) String active, HttpSession session,
			RedirectAttributes redirect) {
		Map<String, Object> changes = new java.util.LinkedHashMap<>();
		changes.put("shiftStart", shiftStart);
		changes.put("shiftEnd", shiftEnd);
		changes.put("capacity", capacity);
		changes.put("active", "true".equals(active));
		Answer answer = actions.act(session, new OperatorActions.Step("rider.update", "rider", riderId), null,
				Owner.DELIVERY, HttpMethod.PATCH, "/api/v1/admin/riders/{id}", changes, riderId);
		Forms.tell(redirect, answer, "Rider saved.");
		return "redirect:/admin/riders";
	}

	/** Gives the customer a new doorstep code for a delivery under way (the old one stops working). */
	@PostMapping("/admin/deliveries/{id}/otp/reset")
	String resetCode(@PathVariable String id, HttpSession session, RedirectAttributes redirect) {
		Answer answer = actions.act(session, new OperatorActions.Step("delivery.otp-reset", "delivery", id), null,
				Owner.DELIVERY, HttpMethod.POST, "/api/v1/admin/deliveries/{id}/otp/reset", null, id);
		Forms.tell(redirect, answer, "The customer has a new doorstep code.");
		return "redirect:/admin/riders";
	}

	private static void show(Model model, String name, Answer answer) {
		if (answer.ok()) {
			model.addAttribute(name, answer.data());
		}
		else {
			model.addAttribute(name + "Problem", answer.problem());
		}
	}
}
