package com.vurksha.delivery.fulfilment;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The bodies of the rider's calls. */
final class RiderRequests {

	private RiderRequests() {
	}

	/** Why the rider turned the delivery down, for the operator's log. */
	record Rejection(@Size(max = 200) String reason) {
	}

	/**
	 * A position fix. Range and plausibility are checked by the service so the answer names the field.
	 * @param recordedAt when the phone took the fix; now when left out
	 */
	record Location(Double latitude, Double longitude, @PositiveOrZero Double accuracyMeters, Instant recordedAt) {
	}

	/** The code the customer read out at the door. */
	record Handover(@NotBlank @Size(max = 12) String otp) {
	}

	record Failure(@NotNull FailureReason reason, @Size(max = 500) String note) {
	}
}
