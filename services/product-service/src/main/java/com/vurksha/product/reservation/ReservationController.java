package com.vurksha.product.reservation;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.security.CurrentUser;
import com.vurksha.product.ProductErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The order service holds, commits and releases stock for its orders with its own token (scope
 * {@code stock:reserve}), the customer's token as context naming the actor; not routed by the gateway.
 */
@RestController
@RequestMapping("/internal/v1/stock/reservations")
@Tag(name = "Stock reservations (internal)")
@SecurityRequirement(name = "bearer")
class ReservationController {

	private final StockReservations reservations;

	ReservationController(StockReservations reservations) {
		this.reservations = reservations;
	}

	@PostMapping
	@Operation(summary = "Reserve stock for an order",
			description = "Holds every line or none: stock rows are locked in variant-id order. 201 with the lines' "
					+ "catalogue snapshot (names, pack, farm, price, MRP, GST rate, HSN). The same reservationId with "
					+ "the same lines answers 200 with the existing reservation; with other lines 409 "
					+ "RESERVATION_CONFLICT. Short stock: 409 INSUFFICIENT_STOCK with details per variant "
					+ "(\"available N\"). Unknown variant: 404 VARIANT_NOT_FOUND; withdrawn: 409 VARIANT_UNAVAILABLE; "
					+ "a quantity outside the pack's min/step/max: 400 VALIDATION_FAILED. ttlSeconds defaults to 15 min.")
	@ApiErrors({"INSUFFICIENT_STOCK", "RESERVATION_CONFLICT", "VARIANT_NOT_FOUND", "VARIANT_UNAVAILABLE"})
	ResponseEntity<ApiResponse<ReservationView>> reserve(@Valid @RequestBody ReservationRequest request,
			CurrentUser caller) {
		StockReservations.Reserved reserved = reservations.reserve(request, caller.id());
		return ResponseEntity.status(reserved.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(ApiResponse.ok(ReservationView.of(reserved.reservation())));
	}

	@GetMapping("/{reservationId}")
	@Operation(summary = "Read a reservation", description = "404 RESERVATION_NOT_FOUND when there is none.")
	@ApiErrors({"RESERVATION_NOT_FOUND"})
	ApiResponse<ReservationView> get(@PathVariable String reservationId) {
		return ApiResponse.ok(ReservationView.of(reservations.get(reservationId)));
	}

	@PostMapping("/{reservationId}/commit")
	@Operation(summary = "Commit a reservation (order confirmed)",
			description = "RESERVED becomes COMMITTED: the packs stay reserved as the order's allocation until "
					+ "packing and no longer expire. Repeating answers 200 unchanged. A RELEASED or EXPIRED "
					+ "reservation: 409 RESERVATION_NOT_ACTIVE. Unknown: 404 RESERVATION_NOT_FOUND.")
	@ApiErrors({"RESERVATION_NOT_ACTIVE", "RESERVATION_NOT_FOUND"})
	ApiResponse<ReservationView> commit(@PathVariable String reservationId, CurrentUser caller) {
		return answer(reservations.commit(reservationId, caller.id()));
	}

	@PostMapping("/{reservationId}/release")
	@Operation(summary = "Release a reservation (order cancelled)",
			description = "A RESERVED or COMMITTED reservation gives its packs back and becomes RELEASED. Repeating, "
					+ "or releasing an EXPIRED one, answers 200 unchanged. Unknown: 404 RESERVATION_NOT_FOUND.")
	@ApiErrors({"RESERVATION_NOT_ACTIVE", "RESERVATION_NOT_FOUND"})
	ApiResponse<ReservationView> release(@PathVariable String reservationId, CurrentUser caller) {
		return answer(reservations.release(reservationId, caller.id()));
	}

	private static ApiResponse<ReservationView> answer(Outcome outcome) {
		if (outcome instanceof Outcome.Changed changed) {
			return ApiResponse.ok(ReservationView.of(changed.reservation()));
		}
		if (outcome instanceof Outcome.Unchanged unchanged) {
			return ApiResponse.ok(ReservationView.of(unchanged.reservation()));
		}
		if (outcome instanceof Outcome.Refused refused) {
			throw new ApiException(ProductErrorCode.RESERVATION_NOT_ACTIVE, refused.reason());
		}
		throw StockReservations.notFound(((Outcome.Missing) outcome).reservationId());
	}
}
