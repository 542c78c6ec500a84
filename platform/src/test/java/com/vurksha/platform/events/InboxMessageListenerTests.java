package com.vurksha.platform.events;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

import static org.assertj.core.api.Assertions.assertThat;

class InboxMessageListenerTests {

	private final ConsumerQueue queue = new ConsumerQueue("search.catalogue", "vurksha.events", List.of("product.#"),
			QueueType.CLASSIC, 1000);

	private final InboxMessageListener listener = new InboxMessageListener(queue, null, null, event -> {
	}, null, 5);

	@Test
	void countsFailuresFromTheDeathRecordOfItsOwnQueue() {
		Message message = withDeaths(List.of(Map.of("queue", "search.catalogue.retry", "count", 7L),
				Map.of("queue", "search.catalogue", "reason", "rejected", "count", 3L)));

		assertThat(listener.previousFailures(message)).isEqualTo(3);
	}

	@Test
	void countsNoFailuresOnAFirstDelivery() {
		assertThat(listener.previousFailures(new Message(new byte[0], new MessageProperties()))).isZero();
	}

	private static Message withDeaths(List<Map<String, Object>> deaths) {
		MessageProperties properties = new MessageProperties();
		properties.setHeader("x-death", deaths);
		return new Message(new byte[0], properties);
	}
}
