package com.vurksha.payment.payment;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.platform.jobs.PeriodicJob;

/** Runs {@link Reconciliation} periodically unless {@code vurksha.payments.reconciliation.enabled=false}. */
@Configuration(proxyBeanMethods = false)
class ReconciliationJob {

	@Bean
	@ConditionalOnProperty(name = "vurksha.payments.reconciliation.enabled", havingValue = "true",
			matchIfMissing = true)
	PeriodicJob paymentReconciliation(Reconciliation reconciliation, ReconciliationProperties properties) {
		return new PeriodicJob("payment-reconciliation", properties.interval(), Duration.ofSeconds(5),
				reconciliation::reconcile);
	}
}
