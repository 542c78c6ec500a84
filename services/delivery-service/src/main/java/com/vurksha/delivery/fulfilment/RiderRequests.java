package com.vurksha.delivery.fulfilment;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.vurksha.delivery.events.FailureReason;

/** The bodies of the rider's calls. */
final class RiderRequests {

	private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

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

	/**
	 * Why the delivery failed.
	 * @param proofFileId the rider's photo of the door, uploaded to the file service for this delivery first; optional
	 */
	record Failure(@NotNull FailureReason reason, @Size(max = 500) String note,
			@Pattern(regexp = UUID, message = "must be a file id (a UUID)") String proofFileId) {
	}
}
