package com.vurksha.payment.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The poller that asks the provider about payments whose webhook never came.
 *
 * @param enabled whether the job runs (default true)
 * @param interval pause between runs (default 1 min)
 * @param stuckAfter how long a payment may stay CREATED or AUTHORIZED before we ask (default 10 min); a payment
 * is asked about again at most once per this period
 * @param batchSize payments asked about per run (default 50)
 */
@ConfigurationProperties("vurksha.payments.reconciliation")
public record ReconciliationProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1m") Duration interval,
		@DefaultValue("10m") Duration stuckAfter, @DefaultValue("50") int batchSize) {
}
