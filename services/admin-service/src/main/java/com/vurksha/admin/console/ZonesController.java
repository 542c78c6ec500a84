package com.vurksha.admin.console;

import java.util.LinkedHashMap;
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

/**
 * Delivery zones with their hub and charges, and one zone's weekly slot templates, through the delivery service's
 * admin API: a zone's hub and charges can be changed and a weekly window added.
 */
@Controller
class ZonesController {

	static final java.util.List<String> WEEKDAYS = java.util.List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
			"FRIDAY", "SATURDAY", "SUNDAY");

	private final OperatorActions actions;

	ZonesController(OperatorActions actions) {
		this.actions = actions;
	}

	@GetMapping("/admin/zones")
	String zones(Model model, HttpSession session) {
		Answer answer = actions.read(session, Owner.DELIVERY, "/api/v1/admin/delivery/zones");
		if (answer.ok()) {
			model.addAttribute("zones", answer.data());
		}
		else {
			model.addAttribute("loadProblem", answer.problem());
		}
		return "console/zones";
	}

	@GetMapping("/admin/zones/{zoneId}")
	String zone(@PathVariable String zoneId, Model model, HttpSession session) {
		Answer zones = actions.read(session, Owner.DELIVERY, "/api/v1/admin/delivery/zones");
		Answer templates = actions.read(session, Owner.DELIVERY, "/api/v1/admin/delivery/zones/{id}/templates",
				zoneId);
		model.addAttribute("zoneId", zoneId);
		model.addAttribute("weekdays", WEEKDAYS);
		if (zones.ok()) {
			for (tools.jackson.databind.JsonNode zone : zones.data()) {
				if (zoneId.equals(zone.path("id").asString(""))) {
					model.addAttribute("zone", zone);
				}
			}
		}
		if (templates.ok()) {
			model.addAttribute("templates", templates.data());
		}
		else {
			model.addAttribute("loadProblem", templates.problem());
		}
		return "console/zone";
	}

	/** Changes the hub and charges; fields left empty keep their value. */
	@PostMapping("/admin/zones/{zoneId}")
	String change(@PathVariable String zoneId, @RequestParam(required = false) String hub,
			@RequestParam(required = false) String deliveryFee,
			@RequestParam(required = false) String freeDeliveryThreshold,
			@RequestParam(required = false) String minimumOrderValue, HttpSession session,
			RedirectAttributes redirect) {
		Map<String, Object> changes = new LinkedHashMap<>();
		try {
			put(changes, "hub", Forms.blankToNull(hub));
			put(changes, "deliveryFee", Forms.paise(deliveryFee));
			put(changes, "freeDeliveryThreshold", Forms.paise(freeDeliveryThreshold));
			put(changes, "minimumOrderValue", Forms.paise(minimumOrderValue));
		}
		catch (ArithmeticException | NumberFormatException ex) {
			redirect.addFlashAttribute("problem", "Charges must be rupees with at most two decimals.");
			return "redirect:/admin/zones/" + Forms.segment(zoneId);
		}
		tools.jackson.databind.JsonNode before = null;
		Answer zones = actions.read(session, Owner.DELIVERY, "/api/v1/admin/delivery/zones");
		if (zones.ok()) {
			for (tools.jackson.databind.JsonNode zone : zones.data()) {
				if (zoneId.equals(zone.path("id").asString(""))) {
					before = zone;
				}
			}
		}
		Answer answer = actions.act(session, new OperatorActions.Step("zone.update", "zone", zoneId), before,
				Owner.DELIVERY, HttpMethod.PATCH, "/api/v1/admin/delivery/zones/{id}", changes, zoneId);
		Forms.tell(redirect, answer, "Zone saved.");
		return "redirect:/admin/zones/" + Forms.segment(zoneId);
	}

	@PostMapping("/admin/zones/{zoneId}/templates")
	String addTemplate(@PathVariable String zoneId, @RequestParam String weekday, @RequestParam String start,
			@RequestParam String end, @RequestParam Integer capacity, @RequestParam Integer cutoffMinutes,
			HttpSession session, RedirectAttributes redirect) {
		Map<String, Object> template = new LinkedHashMap<>();
		template.put("weekday", weekday);
		template.put("start", start);
		template.put("end", end);
		template.put("capacity", capacity);
		template.put("cutoffMinutes", cutoffMinutes);
		Answer answer = actions.act(session, new OperatorActions.Step("slot-template.create", "zone", zoneId), null,
				Owner.DELIVERY, HttpMethod.POST, "/api/v1/admin/delivery/zones/{id}/templates", template, zoneId);
		Forms.tell(redirect, answer, "Weekly window added; its slots for the days ahead are open.");
		return "redirect:/admin/zones/" + Forms.segment(zoneId);
	}

	/** Adds pincodes (separated by commas or spaces) to the zone; those it serves already are kept. */
	@PostMapping("/admin/zones/{zoneId}/pincodes")
	String addPincodes(@PathVariable String zoneId, @RequestParam String pincodes, HttpSession session,
			RedirectAttributes redirect) {
		java.util.List<String> codes = pincodes(pincodes);
		if (codes.isEmpty()) {
			redirect.addFlashAttribute("problem", "Give at least one pincode.");
			return "redirect:/admin/zones/" + Forms.segment(zoneId);
		}
		Answer answer = actions.act(session, new OperatorActions.Step("zone.pincodes", "zone", zoneId), null,
				Owner.DELIVERY, HttpMethod.POST, "/api/v1/admin/delivery/zones/{id}/pincodes",
				Map.of("pincodes", codes), zoneId);
		Forms.tell(redirect, answer, "Pincodes added.");
		return "redirect:/admin/zones/" + Forms.segment(zoneId);
	}

	/** Opens a zone with its hub, charges in rupees and pincodes. */
	@PostMapping("/admin/zones")
	String open(@RequestParam String name, @RequestParam String hub, @RequestParam String deliveryFee,
			@RequestParam String freeDeliveryThreshold, @RequestParam(required = false) String minimumOrderValue,
			@RequestParam(required = false) String pincodes, HttpSession session, RedirectAttributes redirect) {
		Map<String, Object> zone = new LinkedHashMap<>();
		zone.put("name", name.strip());
		zone.put("hub", hub.strip());
		try {
			put(zone, "deliveryFee", Forms.paise(deliveryFee));
			put(zone, "freeDeliveryThreshold", Forms.paise(freeDeliveryThreshold));
			put(zone, "minimumOrderValue", Forms.paise(minimumOrderValue));
		}
		catch (ArithmeticException | NumberFormatException ex) {
			redirect.addFlashAttribute("problem", "Charges must be rupees with at most two decimals.");
			return "redirect:/admin/zones";
		}
		if (pincodes != null && !pincodes.isBlank()) {
			zone.put("pincodes", pincodes(pincodes));
		}
		Answer answer = actions.act(session, new OperatorActions.Step("zone.create", "zone", name.strip()), null,
				Owner.DELIVERY, HttpMethod.POST, "/api/v1/admin/delivery/zones", zone);
		Forms.tell(redirect, answer, "Zone " + name.strip() + " opened.");
		return "redirect:/admin/zones";
	}

	/** Pincodes as typed, separated by commas or spaces. */
	private static java.util.List<String> pincodes(String typed) {
		return java.util.Arrays.stream(typed.split("[,\\s]+")).filter(code -> !code.isBlank()).toList();
	}

	private static void put(Map<String, Object> changes, String field, Object value) {
		if (value != null) {
			changes.put(field, value);
		}
	}
}
