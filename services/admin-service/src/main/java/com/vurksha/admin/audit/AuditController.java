package com.vurksha.admin.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.admin.DateRange;
import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.PageQuery;

/** Operators list what operators did. */
@RestController
@RequestMapping("/api/v1/admin/audit")
@Tag(name = "Admin reports")
@SecurityRequirement(name = "bearer")
class AuditController {

	private final AuditLog log;

	private final Clock clock;

	AuditController(AuditLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	@GetMapping
	@Operation(operationId = "listAuditEntries", summary = "Operator actions",
			description = "Every action an operator made through the console, newest first: who, what, when, the "
					+ "owning service's answer, and the thing before and after. Filter by operator, by what was acted "
					+ "on, and by days in India time (from and to both included; without them, every day). Needs role "
					+ "ADMIN (403 FORBIDDEN otherwise).")
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number from 1 (default 1)")
	@Parameter(name = "limit", in = ParameterIn.QUERY, description = "Entries per page, 1 to 100 (default 20)")
	ApiResponse<List<AuditEntry>> list(
			@Parameter(description = "Only this operator's actions (user id)") @RequestParam(required = false) String actorId,
			@Parameter(description = "Only actions on this kind of thing: order, variant, product, delivery, coupon, "
					+ "zone, slot-template, notification") @RequestParam(required = false) String targetType,
			@Parameter(description = "Only actions on this thing (with targetType)") @RequestParam(required = false) String targetId,
			@Parameter(description = "First day, India time (yyyy-MM-dd)") @RequestParam(required = false) LocalDate from,
			@Parameter(description = "Last day, India time, included (yyyy-MM-dd)") @RequestParam(required = false) LocalDate to,
			@Parameter(hidden = true) PageQuery page) {
		AuditLog.Filter filter;
		if (from == null && to == null) {
			filter = new AuditLog.Filter(blankToNull(actorId), blankToNull(targetType), blankToNull(targetId), null,
					null);
		}
		else {
			DateRange range = DateRange.of(from, to, LocalDate.now(clock.withZone(DateRange.INDIA)));
			filter = new AuditLog.Filter(blankToNull(actorId), blankToNull(targetType), blankToNull(targetId),
					range.start(), range.end());
		}
		AuditLog.Page found = log.list(filter, page);
		return ApiResponse.page(found.items(), page, found.total());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}
}
