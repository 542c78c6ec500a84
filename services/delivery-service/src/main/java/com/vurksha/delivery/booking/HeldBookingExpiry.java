package com.vurksha.delivery.booking;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.delivery.DeliveryProperties;
import com.vurksha.platform.jobs.PeriodicJob;

/** Releases the places of HELD bookings whose order was neither confirmed nor cancelled in time. */
@Configuration(proxyBeanMethods = false)
class HeldBookingExpiry {

	static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(HeldBookingExpiry.class);

	@Bean
	PeriodicJob heldBookingExpiryJob(SlotBookings bookings, DeliveryProperties properties) {
		return new PeriodicJob("held-booking-expiry", properties.expiryInterval(), Duration.ofSeconds(5), () -> {
			int expired = bookings.expireHeld(BATCH);
			if (expired > 0) {
				log.info("Released {} expired slot holds", expired);
			}
		});
	}
}
