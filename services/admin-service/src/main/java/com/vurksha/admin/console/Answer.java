package com.vurksha.admin.console;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * What an owning service answered: its HTTP status and its envelope ({@code {success, data, pagination}} or
 * {@code {success: false, error}}), or nothing when the body was empty or not JSON.
 */
record Answer(Owner owner, int status, JsonNode body) {

	boolean ok() {
		return status >= 200 && status < 300;
	}

	/** The envelope's data, or a missing node. */
	JsonNode data() {
		return (body != null) ? body.path("data") : MissingNode.getInstance();
	}

	/** The total the envelope's pagination reports, or -1 without one. */
	long total() {
		return (body != null && body.has("pagination")) ? body.path("pagination").path("total").asLong(-1) : -1;
	}

	/**
	 * What to tell the operator when the service refused: its own message where it gave one, with the fields it
	 * named.
	 */
	String problem() {
		String message = (body != null) ? body.path("error").path("message").asString("") : "";
		if (body != null) {
			StringBuilder fields = new StringBuilder();
			for (JsonNode violation : body.path("error").path("details")) {
				fields.append(fields.isEmpty() ? " (" : "; ")
					.append(violation.path("field").asString(""))
					.append(' ')
					.append(violation.path("message").asString(""));
			}
			if (!fields.isEmpty()) {
				message = message + fields + ")";
			}
		}
		String code = (body != null) ? body.path("error").path("code").asString("") : "";
		if (!message.isBlank()) {
			return "The " + owner.label() + " service refused (" + status + (code.isBlank() ? "" : " " + code) + "): "
					+ message;
		}
		return "The " + owner.label() + " service answered " + status;
	}
}
