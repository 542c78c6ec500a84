package com.vurksha.cart.ordering;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the cart consumes order events.
 *
 * @param dedupeTtl how long an applied event's id is remembered, so a redelivery within it changes nothing
 * (default 7 days, longer than any redelivery or retry takes)
 */
@ConfigurationProperties("vurksha.order-events")
public record OrderEventsProperties(@DefaultValue("7d") Duration dedupeTtl) {
}
