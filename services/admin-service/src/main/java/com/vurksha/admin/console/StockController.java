package com.vurksha.admin.console;

import java.util.LinkedHashMap;
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

import com.vurksha.admin.DateRange;
import com.vurksha.admin.replica.Replicas;

/**
 * Stock: the list of packs with what is on hand (from the product service's reporting view), and one pack's stock
 * with its latest moves, where operators receive, count, write off, adjust and take back returns through the product
 * service's admin inventory API.
 */
@Controller
class StockController {

	/** What an operator may record, as the product service names it. */
	static final List<String> MOVES = List.of("RECEIVE", "COUNT", "WRITE_OFF", "ADJUST", "RETURN");

	private final ReplicaReads reads;

	private final OperatorActions actions;

	StockController(ReplicaReads reads, OperatorActions actions) {
		this.reads = reads;
		this.actions = actions;
	}

	@GetMapping("/admin/stock")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String low,
			@RequestParam(required = false) Integer page, Model model) {
		String name = Forms.blankToNull(q);
		boolean lowOnly = "true".equals(low);
		Replicas.Read<Listing<Map<String, Object>>> read = reads.stock(name, lowOnly, Listing.page(page));
		model.addAttribute("q", name);
		model.addAttribute("low", lowOnly);
		model.addAttribute("stock", read.value());
		model.addAttribute("asOf", read.dataAsOf().atZone(DateRange.INDIA));
		model.addAttribute("pageBase", UriComponentsBuilder.fromPath("/admin/stock")
			.queryParamIfPresent("q", java.util.Optional.ofNullable(name))
			.queryParamIfPresent("low", java.util.Optional.ofNullable(lowOnly ? "true" : null))
			.encode()
			.toUriString());
		return "console/stock";
	}

	@GetMapping("/admin/stock/{variantId}")
	String variant(@PathVariable String variantId, Model model, HttpSession session) {
		Answer answer = actions.read(session, Owner.PRODUCT, "/api/v1/admin/inventory/{id}", variantId);
		model.addAttribute("variantId", variantId);
		model.addAttribute("moves", MOVES);
		if (answer.ok()) {
			model.addAttribute("stock", answer.data());
		}
		else {
			model.addAttribute("loadProblem", answer.problem());
		}
		return "console/stock-variant";
	}

	/**
	 * Records a move. A count sends the counted figure; a write-off the quantity thrown away (taken off); receive
	 * and return the quantity added; an adjustment the signed change.
	 */
	@PostMapping("/admin/stock/{variantId}")
	String move(@PathVariable String variantId, @RequestParam String reason, @RequestParam String quantity,
			@RequestParam(required = false) String note, HttpSession session, RedirectAttributes redirect) {
		Map<String, Object> body = body(reason, quantity, Forms.blankToNull(note));
		if (body == null) {
			redirect.addFlashAttribute("problem", "Choose a move and give a whole number (a count or write-off "
					+ "cannot be negative).");
			return "redirect:/admin/stock/" + Forms.segment(variantId);
		}
		Answer answer = actions.act(session,
				new OperatorActions.Step("stock." + reason.toLowerCase(java.util.Locale.ROOT), "variant", variantId),
				actions.current(session, Owner.PRODUCT, "/api/v1/admin/inventory/{id}", variantId), Owner.PRODUCT,
				HttpMethod.PUT, "/api/v1/admin/inventory/{id}", body, variantId);
		Forms.tell(redirect, answer, "Stock recorded: " + reason.replace('_', ' ').toLowerCase(java.util.Locale.ROOT)
				+ " " + quantity + ".");
		return "redirect:/admin/stock/" + Forms.segment(variantId);
	}

	private static Map<String, Object> body(String reason, String quantity, String note) {
		int amount;
		try {
			amount = Integer.parseInt(quantity.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		switch (reason) {
			case "COUNT" -> body.put("onHand", amount);
			case "WRITE_OFF" -> body.put("delta", -amount);
			case "RECEIVE", "RETURN", "ADJUST" -> body.put("delta", amount);
			default -> {
				return null;
			}
		}
		if (amount < 0 && !"ADJUST".equals(reason)) {
			return null;
		}
		body.put("reason", reason);
		if (note != null) {
			body.put("note", note);
		}
		return body;
	}
}
