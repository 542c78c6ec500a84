package com.vurksha.product.reservation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The order service's request to hold stock for an order: {@code reservationId} is the order id, {@code ttlSeconds}
 * how long to hold it before the expiry job gives it back (the configured default when absent).
 */
public record ReservationRequest(
		@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_.:-]+") String reservationId,
		@NotNull @NotEmpty @Size(max = 100) List<@NotNull @Valid RequestedLine> lines,
		@Min(30) @Max(86_400) Integer ttlSeconds) {
}
