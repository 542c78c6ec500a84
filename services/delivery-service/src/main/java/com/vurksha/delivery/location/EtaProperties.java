package com.vurksha.delivery.location;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How far away a rider is in time, and when that is worth telling the customer.
 *
 * @param speedKmh average speed of a two-wheeler in city traffic, straight-line distance over which is the ETA
 * @param arrivingSoonMinutes an ETA at or below this tells the customer the rider is about to arrive (once)
 * @param arrivedWithinMeters a ping this close to the address means the rider is at the door
 */
@Validated
@ConfigurationProperties("vurksha.delivery.eta")
public record EtaProperties(@DefaultValue("20") @Positive double speedKmh,
		@DefaultValue("5") @Min(1) @Max(60) int arrivingSoonMinutes,
		@DefaultValue("100") @Min(10) @Max(2000) int arrivedWithinMeters) {

	/** Whole minutes to cover the distance at the configured speed, rounded up (a rider 10 m away is 1 minute). */
	public int minutes(double meters) {
		double hours = (meters / 1000.0) / speedKmh;
		return (int) Math.ceil(hours * 60.0);
	}
}
