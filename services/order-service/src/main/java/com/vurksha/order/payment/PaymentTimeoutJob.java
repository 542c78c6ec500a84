package com.vurksha.order.payment;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.order.OrderProperties;
import com.vurksha.platform.jobs.PeriodicJob;

/** Runs {@link PaymentTimeouts} periodically unless {@code vurksha.order.timeout-job.enabled} is false. */
@Configuration(proxyBeanMethods = false)
class PaymentTimeoutJob {

	@Bean
	@ConditionalOnProperty(name = "vurksha.order.timeout-job.enabled", havingValue = "true", matchIfMissing = true)
	PeriodicJob paymentTimeoutSchedule(PaymentTimeouts timeouts, OrderProperties properties) {
		return new PeriodicJob("order-payment-timeouts", properties.timeoutJob().interval(), Duration.ofSeconds(5),
				timeouts::cancelOverdue);
	}
}
