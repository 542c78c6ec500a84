package com.vurksha.notification.message;

import java.time.Duration;

import org.springframework.amqp.core.Declarables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.platform.events.EventsProperties;
import com.vurksha.platform.jobs.PeriodicJob;

/** Runs the dispatcher on its own thread, and declares the dead-letter queue on the broker. */
@Configuration(proxyBeanMethods = false)
class DispatchConfiguration {

	@Bean
	PeriodicJob messageDispatch(MessageDispatcher dispatcher, DispatchProperties properties) {
		return new PeriodicJob("notification-dispatch", properties.interval(), Duration.ofSeconds(10),
				() -> drain(dispatcher, properties));
	}

	@Bean
	Declarables notificationDeadLetterQueue(EventsProperties events) {
		return DeadLetters.declarations(events);
	}

	/** Keeps going while whole batches come back, so a backlog drains at provider speed, not one batch a tick. */
	private static void drain(MessageDispatcher dispatcher, DispatchProperties properties) {
		int rounds = 1;
		while (dispatcher.dispatchDue() == properties.batchSize() && rounds < 20) {
			rounds++;
		}
	}
}
