package com.vurksha.platform.events;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.backoff.FixedBackOff;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventConsumersTests {

	@Test
	void handlesOneQueueOnOneThreadUnlessToldOtherwise() {
		assertThat(listenerThreads(consumerSettings(1))).isEqualTo(1);
	}

	@Test
	void handlesOneQueueOnAsManyThreadsAsConfigured() {
		assertThat(listenerThreads(consumerSettings(4))).isEqualTo(4);
	}

	@Test
	void refusesAConsumerWithoutAListenerThread() {
		assertThatThrownBy(() -> consumerSettings(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("at least one listener thread");
	}

	@Test
	void reconnectsAfterTheConfiguredRecoveryIntervalRatherThanSpringAmqpsFiveSeconds() {
		Object backOff = ReflectionTestUtils.getField(container(consumerSettings(1)), "recoveryBackOff");

		assertThat(backOff).isInstanceOfSatisfying(FixedBackOff.class,
				fixed -> assertThat(fixed.getInterval()).isEqualTo(750));
	}

	@Test
	void refusesANonPositiveRecoveryInterval() {
		assertThatThrownBy(() -> new EventsProperties.Consumer(Duration.ofSeconds(10), 5, 10, Duration.ofDays(30), 1,
				Duration.ZERO))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("recovery interval");
	}

	private static int listenerThreads(EventsProperties.Consumer consumer) {
		// the container has no getter for it
		return (int) ReflectionTestUtils.getField(container(consumer), "concurrentConsumers");
	}

	private static SimpleMessageListenerContainer container(EventsProperties.Consumer consumer) {
		EventsProperties properties = new EventsProperties("vurksha.events", "", QueueType.CLASSIC, "",
				new EventsProperties.Relay(true, Duration.ofSeconds(1), 100, Duration.ofSeconds(5), Duration.ofSeconds(1),
						Duration.ofMinutes(1), Duration.ofDays(7), Duration.ofHours(1)),
				consumer);
		CachingConnectionFactory connectionFactory = new CachingConnectionFactory("127.0.0.1");
		try {
			EventConsumers consumers = new EventConsumers(connectionFactory, null,
					new EventMessages(JsonMapper.builder().build()), properties);
			return consumers.container(consumers.queue("watcher", "product.#"), event -> {
			});
		}
		finally {
			connectionFactory.destroy();
		}
	}

	private static EventsProperties.Consumer consumerSettings(int concurrency) {
		return new EventsProperties.Consumer(Duration.ofSeconds(10), 5, 10, Duration.ofDays(30), concurrency,
				Duration.ofMillis(750));
	}
}
