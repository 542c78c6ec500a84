package com.vurksha.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventMessagesTests {

	private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	private final EventMessages messages = new EventMessages(json);

	private final EventEnvelope event = new EventEnvelope("6f1c9a52-5d0e-4a51-9d1e-0c7f7d0a1b2c",
			"product.product.updated", 2, Instant.parse("2026-01-15T10:15:30Z"), "product", "p-42", "req_abc",
			"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", json.readTree("{\"price\":4500}"));

	@Test
	void roundTripsTheEnvelope() {
		assertThat(messages.fromMessage(messages.toMessage(event))).isEqualTo(event);
	}

	@Test
	void publishesPersistentJsonIdentifiedByTheEventId() {
		MessageProperties properties = messages.toMessage(event).getMessageProperties();

		assertThat(properties.getDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
		assertThat(properties.getContentType()).isEqualTo("application/json");
		assertThat(properties.getMessageId()).isEqualTo(event.id());
		assertThat(properties.getType()).isEqualTo("product.product.updated");
		assertThat((String) properties.getHeader("traceparent")).isEqualTo(event.traceparent());
		assertThat((String) properties.getHeader("X-Request-Id")).isEqualTo("req_abc");
		assertThat((Integer) properties.getHeader(EventMessages.VERSION_HEADER)).isEqualTo(2);
	}

	@Test
	void writesOccurredAtAsAnIsoInstant() {
		String body = new String(messages.toMessage(event).getBody(), StandardCharsets.UTF_8);

		assertThat(json.readTree(body).get("occurredAt").asString()).isEqualTo("2026-01-15T10:15:30Z");
	}

	@Test
	void readsEnvelopesWithFieldsItDoesNotKnowYet() {
		String newer = "{\"id\":\"e1\",\"type\":\"a.b.c\",\"version\":1,\"occurredAt\":\"2026-01-15T10:15:30Z\","
				+ "\"tenant\":\"blr\",\"payload\":{}}";

		assertThat(messages.fromMessage(message(newer)).id()).isEqualTo("e1");
	}

	@Nested
	class Refuses {

		@Test
		void aBodyThatIsNotJson() {
			assertThatThrownBy(() -> messages.fromMessage(message("not json"))).isInstanceOf(RuntimeException.class);
		}

		@Test
		void jsonWithoutAnIdOrType() {
			assertThatThrownBy(() -> messages.fromMessage(message("{\"version\":1,\"payload\":{}}")))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	private static Message message(String body) {
		return new Message(body.getBytes(StandardCharsets.UTF_8), new MessageProperties());
	}
}
