package com.vurksha.delivery;

import com.vurksha.platform.error.ErrorCode;

/** Business error codes of the delivery service; listed in {@code docs/error-codes.md}. */
public enum DeliveryErrorCode implements ErrorCode {

	ZONE_NOT_FOUND(404),
	ZONE_NAME_TAKEN(409),
	PINCODE_TAKEN(409),
	PINCODE_NOT_SERVICEABLE(404),
	TEMPLATE_OVERLAPS(409),
	SLOT_NOT_FOUND(404),
	SLOT_NOT_IN_ZONE(400),
	SLOT_FULL(409),
	SLOT_CLOSED(409),
	BOOKING_NOT_FOUND(404),
	BOOKING_CONFLICT(409),
	BOOKING_RELEASED(409),
	RIDER_NOT_FOUND(404),
	RIDER_PHONE_TAKEN(409),
	RIDER_USER_TAKEN(409),
	RIDER_UNAVAILABLE(409),
	NOT_A_RIDER(403),
	DELIVERY_NOT_FOUND(404),
	DELIVERY_STATE_CONFLICT(409),
	DELIVERY_OTP_INVALID(422),
	DELIVERY_OTP_LOCKED(423),
	DELIVERY_PROOF_INVALID(422);

	private final int status;

	DeliveryErrorCode(int status) {
		this.status = status;
	}

	@Override
	public int status() {
		return status;
	}

	@Override
	public boolean retryable() {
		return false;
	}
}
