package com.vurksha.delivery.assignment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.delivery.fulfilment.Deliveries;
import com.vurksha.platform.jobs.PeriodicJob;

/**
 * Catches what the immediate assignment could not do: deliveries that found no rider when they started waiting
 * (riders come on shift, finish deliveries) and deliveries whose rider did not accept in time. Every replica may
 * sweep; each delivery is locked and checked again before it is touched.
 */
@Configuration(proxyBeanMethods = false)
class AssignmentSweep {

	private static final Logger log = LoggerFactory.getLogger(AssignmentSweep.class);

	@Bean
	PeriodicJob deliveryAssignmentJob(Deliveries deliveries, Assignments assignments, AssignmentProperties properties,
			Clock clock) {
		return new PeriodicJob("delivery-assignment", properties.sweepInterval(), Duration.ofSeconds(5),
				() -> sweep(deliveries, assignments, properties, clock));
	}

	static void sweep(Deliveries deliveries, Assignments assignments, AssignmentProperties properties, Clock clock) {
		Instant cutoff = clock.instant().minus(properties.acceptTimeout());
		int takenBack = 0;
		for (String id : deliveries.assignedBefore(cutoff, properties.sweepBatch())) {
			takenBack += assignments.takeBackUnaccepted(id, cutoff) ? 1 : 0;
		}
		int assigned = 0;
		for (String id : deliveries.waiting(properties.sweepBatch())) {
			assigned += assignments.assign(id).isPresent() ? 1 : 0;
		}
		if (takenBack + assigned > 0) {
			log.info("Assignment sweep: {} taken back after the accept timeout, {} assigned", takenBack, assigned);
		}
	}
}
