package com.vurksha.delivery.slot;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.delivery.DeliveryProperties;
import com.vurksha.platform.jobs.PeriodicJob;

/** Tops the slot calendar up at start and then periodically, so the days ahead always have their slots. */
@Configuration(proxyBeanMethods = false)
class SlotGenerationSchedule {

	private static final Logger log = LoggerFactory.getLogger(SlotGenerationSchedule.class);

	@Bean
	PeriodicJob slotGenerationJob(SlotGenerator generator, DeliveryProperties properties) {
		return new PeriodicJob("slot-generation", properties.generationInterval(), Duration.ofSeconds(5),
				() -> log.debug("Slot generation added {} slots", generator.generateAhead()));
	}

	@Bean
	ApplicationRunner slotGenerationAtStart(PeriodicJob slotGenerationJob) {
		return arguments -> slotGenerationJob.runOnce();
	}
}
