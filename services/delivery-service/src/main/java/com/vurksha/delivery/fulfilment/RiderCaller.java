package com.vurksha.delivery.fulfilment;

import org.springframework.stereotype.Component;

import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.delivery.rider.Rider;
import com.vurksha.delivery.rider.Riders;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.security.CurrentUser;
import com.vurksha.platform.security.Role;

/**
 * Finds the rider behind a caller: the RIDER role alone is not enough, an operator must have set the rider up and it
 * must be bound to the caller's account.
 */
@Component
class RiderCaller {

	private final Riders riders;

	RiderCaller(Riders riders) {
		this.riders = riders;
	}

	Rider of(CurrentUser user) {
		if (!user.hasRole(Role.RIDER)) {
			throw notARider();
		}
		return riders.byUser(user.id()).orElseThrow(RiderCaller::notARider);
	}

	private static ApiException notARider() {
		return new ApiException(DeliveryErrorCode.NOT_A_RIDER, "Only a registered rider can do this");
	}
}
