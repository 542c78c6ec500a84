package com.vurksha.admin.audit;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One operator action.
 *
 * @param id the entry's id
 * @param at when the action was answered
 * @param actorId the operator's user id
 * @param action what was done, e.g. {@code order.pack}, {@code stock.count}, {@code coupon.create}
 * @param targetType the kind of thing acted on: order, variant, product, delivery, coupon, zone, slot-template,
 * notification
 * @param targetId its id
 * @param outcome the owning service's HTTP status
 * @param before (JSON) the thing as the owning service showed it before the action, when it could be read
 * @param after (JSON) the owning service's answer to the action (its data, or its error)
 * @param requestId the request id the call carried, to find it in the services' logs
 */
@Schema(name = "AuditEntry", description = "An operator action: who, what, when, and the thing before and after.")
public record AuditEntry(String id, Instant at, String actorId, String action, String targetType, String targetId,
		int outcome,
		@Schema(types = { "object", "null" },
				description = "The thing before the action, as its owner showed it; null when it could not be read") Object before,
		@Schema(types = { "object", "array", "null" },
				description = "The owner's answer to the action: its data, or its error") Object after,
		String requestId) {
}
