package com.vurksha.order;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of checkout and of unpaid orders.
 *
 * @param paymentTimeout how long an ONLINE order waits for its payment before it is cancelled (default 15 min)
 * @param reservationTtl how long the product service holds the stock of a checkout (default 20 min), longer than
 *        the payment timeout so that stock cannot lapse before an unpaid order is cancelled
 * @param timeoutJob the job that cancels unpaid orders
 * @param services where the other services live
 */
@ConfigurationProperties("vurksha.order")
public record OrderProperties(@DefaultValue("15m") Duration paymentTimeout,
		@DefaultValue("20m") Duration reservationTtl, @DefaultValue TimeoutJob timeoutJob,
		@DefaultValue Services services) {

	/**
	 * @param enabled whether this instance runs the job (default true)
	 * @param interval pause between runs (default 30 s)
	 * @param batchSize orders cancelled per run at most (default 100)
	 */
	public record TimeoutJob(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration interval,
			@DefaultValue("100") int batchSize) {
	}

	/**
	 * @param cart the cart service (default http://localhost:8083)
	 * @param user the user service (default http://localhost:8081)
	 * @param product the product service (default http://localhost:8082)
	 * @param delivery the delivery service (default http://localhost:8086)
	 */
	public record Services(@DefaultValue("http://localhost:8083") String cart,
			@DefaultValue("http://localhost:8081") String user, @DefaultValue("http://localhost:8082") String product,
			@DefaultValue("http://localhost:8086") String delivery) {
	}
}
