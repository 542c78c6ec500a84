package com.vurksha.admin.console;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Small helpers for reading forms and telling the operator how an action went. */
final class Forms {

	private Forms() {
	}

	/** An id as one segment of a path the operator is sent back to. */
	static String segment(String id) {
		return org.springframework.web.util.UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * Rupees as typed ("12.50") in paise; null for an empty field.
	 * @throws NumberFormatException when it is not a number
	 * @throws ArithmeticException when it has more than two decimals
	 */
	static Long paise(String rupees) {
		String value = blankToNull(rupees);
		if (value == null) {
			return null;
		}
		return new java.math.BigDecimal(value).movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY)
			.longValueExact();
	}

	/** Puts the outcome of an action on the page the operator is sent back to. */
	static void tell(RedirectAttributes redirect, Answer answer, String done) {
		if (answer.ok()) {
			redirect.addFlashAttribute("notice", done);
		}
		else {
			redirect.addFlashAttribute("problem", answer.problem());
		}
	}
}
