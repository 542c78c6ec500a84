package com.vurksha.delivery.booking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The order service's request for a place: bookingId is the order id. */
public record NewBooking(@NotBlank @Size(max = 64) String bookingId, @NotBlank @Size(max = 64) String slotId,
		@NotBlank String pincode) {
}
