package com.vurksha.cart.cart;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How carts are kept.
 *
 * @param ttl how long a cart lives after its last use; every read or change starts it again (default 7 days)
 * @param maxLines the most distinct variants one cart may hold (default 50)
 */
@Validated
@ConfigurationProperties("vurksha.cart")
public record CartProperties(@DefaultValue("7d") Duration ttl, @DefaultValue("50") @Min(1) @Max(1000) int maxLines) {

	public CartProperties {
		if (ttl.isNegative() || ttl.toSeconds() < 1) {
			throw new IllegalArgumentException("vurksha.cart.ttl must be at least one second");
		}
	}
}
