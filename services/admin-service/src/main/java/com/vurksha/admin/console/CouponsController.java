package com.vurksha.admin.console;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.vurksha.admin.DateRange;

/** Coupons: the order service's list, and a new coupon through its admin API. */
@Controller
class CouponsController {

	private final OperatorActions actions;

	CouponsController(OperatorActions actions) {
		this.actions = actions;
	}

	@GetMapping("/admin/coupons")
	String list(Model model, HttpSession session) {
		Answer answer = actions.read(session, Owner.ORDER, "/api/v1/admin/coupons");
		if (answer.ok()) {
			model.addAttribute("coupons", answer.data());
		}
		else {
			model.addAttribute("loadProblem", answer.problem());
		}
		return "console/coupons";
	}

	/**
	 * Adds a coupon. The form takes a percentage or rupees as operators think of them; the order service takes basis
	 * points or paise. Valid from/to are whole days in India time (to is included).
	 */
	@PostMapping("/admin/coupons")
	String create(@RequestParam String code, @RequestParam String kind, @RequestParam String amount,
			@RequestParam(required = false) String maxDiscount, @RequestParam(required = false) String minOrder,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			@RequestParam(required = false) Integer perCustomerLimit, HttpSession session,
			RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		try {
			body.put("code", code.strip());
			body.put("kind", kind);
			// a percentage in basis points (12.5 % = 1250) and rupees in paise are both "two places to the right"
			body.put("amount", Forms.paise(amount));
			putIfPresent(body, "maxDiscount", Forms.paise(maxDiscount));
			putIfPresent(body, "minOrder", Forms.paise(minOrder));
		}
		catch (ArithmeticException | NumberFormatException | NullPointerException ex) {
			redirect.addFlashAttribute("problem", "Amounts must be numbers with at most two decimals.");
			return "redirect:/admin/coupons";
		}
		putIfPresent(body, "validFrom", (validFrom != null) ? validFrom.atStartOfDay(DateRange.INDIA).toInstant() : null);
		putIfPresent(body, "validTo",
				(validTo != null) ? validTo.plusDays(1).atStartOfDay(DateRange.INDIA).toInstant() : null);
		putIfPresent(body, "perCustomerLimit", perCustomerLimit);
		String normalised = code.strip().toUpperCase(Locale.ROOT);
		Answer answer = actions.act(session, new OperatorActions.Step("coupon.create", "coupon", normalised), null,
				Owner.ORDER, HttpMethod.POST, "/api/v1/admin/coupons", body);
		Forms.tell(redirect, answer, "Coupon " + normalised + " added.");
		return "redirect:/admin/coupons";
	}

	private static void putIfPresent(Map<String, Object> body, String field, Object value) {
		if (value != null) {
			body.put(field, value);
		}
	}
}
