package com.vurksha.platform.events;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.AmqpIOException;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.transaction.CannotCreateTransactionException;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboxMessageListenerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ConsumerQueue queue = new ConsumerQueue("search.catalogue", "vurksha.events", List.of("product.#"),
			QueueType.CLASSIC, 1000);

	private final ConfirmingBroker broker = new ConfirmingBroker();

	private final EventMessages messages = new EventMessages(JSON);

	@Test
	void countsFailuresFromTheDeathRecordOfItsOwnQueue() {
		Message message = withDeaths(List.of(Map.of("queue", "search.catalogue.retry", "count", 7L),
				Map.of("queue", "search.catalogue", "reason", "rejected", "count", 3L)));

		assertThat(listener(failing(new IllegalStateException())).previousFailures(message)).isEqualTo(3);
	}

	@Test
	void countsNoFailuresOnAFirstDelivery() {
		assertThat(listener(failing(new IllegalStateException()))
			.previousFailures(new Message(new byte[0], new MessageProperties()))).isZero();
	}

	@Test
	void givesAMessageMovedBackFromTheDeadLetterQueueFreshAttempts() {
		Message parkedAfterFour = withDeaths(List.of(Map.of("queue", "search.catalogue", "count", 4L)));
		parkedAfterFour.getMessageProperties().setHeader(InboxMessageListener.ATTEMPTS_BEFORE_PARKING_HEADER, 4);
		Message failedOnceSince = withDeaths(List.of(Map.of("queue", "search.catalogue", "count", 5L)));
		failedOnceSince.getMessageProperties().setHeader(InboxMessageListener.ATTEMPTS_BEFORE_PARKING_HEADER, 4);

		InboxMessageListener listener = listener(failing(new IllegalStateException()));

		assertThat(listener.previousFailures(parkedAfterFour)).isZero();
		assertThat(listener.previousFailures(failedOnceSince)).isEqualTo(1);
	}

	@Nested
	class WhenTheConsumersDatabaseIsDown {

		@Test
		void retriesWithoutCountingAnAttemptEvenPastMaxAttempts() {
			Message lastAttempt = event(4);

			listener(failing(new CannotCreateTransactionException("no connection"))).onMessage(lastAttempt);

			assertThat(broker.confirmed).extracting(Sent::exchange).containsExactly("search.catalogue.retry");
			assertThat(broker.confirmed.get(0).message().getMessageProperties().getHeaders())
				.doesNotContainKey(InboxMessageListener.FAILURE_HEADER);
		}

		@Test
		void rejectsWhenTheBrokerDoesNotConfirmTheRetryCopy() {
			broker.nack = true;

			assertThatThrownBy(() -> listener(failing(new CannotCreateTransactionException("no connection")))
				.onMessage(event(0))).isInstanceOf(AmqpRejectAndDontRequeueException.class);
		}
	}

	@Nested
	class Parking {

		@Test
		void parksAfterMaxAttemptsOnceTheBrokerConfirmedTheCopy() {
			listener(failing(new IllegalStateException("bad payload"))).onMessage(event(4));

			assertThat(broker.confirmed).singleElement().satisfies(sent -> {
				assertThat(sent.exchange()).isEqualTo("search.catalogue.dlx");
				assertThat((String) sent.message().getMessageProperties().getHeader(InboxMessageListener.FAILURE_HEADER))
					.contains("bad payload");
				assertThat((Integer) sent.message()
					.getMessageProperties()
					.getHeader(InboxMessageListener.ATTEMPTS_BEFORE_PARKING_HEADER)).isEqualTo(4);
			});
		}

		@Test
		void rejectsInsteadOfAcknowledgingWhenTheParkedCopyIsNotConfirmed() {
			broker.nack = true;

			assertThatThrownBy(() -> listener(failing(new IllegalStateException("bad payload"))).onMessage(event(4)))
				.as("acknowledging now would lose the message")
				.isInstanceOf(AmqpRejectAndDontRequeueException.class);
		}

		@Test
		void rejectsForARetryBeforeMaxAttempts() {
			assertThatThrownBy(() -> listener(failing(new IllegalStateException("bad payload"))).onMessage(event(1)))
				.isInstanceOf(AmqpRejectAndDontRequeueException.class);
			assertThat(broker.confirmed).isEmpty();
		}
	}

	private InboxMessageListener listener(Inbox inbox) {
		return new InboxMessageListener(queue, inbox, messages, event -> {
		}, broker, 5, Duration.ofSeconds(1));
	}

	private static Inbox failing(RuntimeException failure) {
		return new Inbox(null, null, null, null) {
			@Override
			public boolean handle(String consumer, EventEnvelope event, EventHandler handler) {
				throw failure;
			}
		};
	}

	private Message event(long previousDeaths) {
		Message message = messages.toMessage(new EventEnvelope("e-1", "product.product.renamed", 1, Instant.now(),
				"product", "p-1", null, null, JSON.createObjectNode()));
		if (previousDeaths > 0) {
			message.getMessageProperties()
				.setHeader("x-death", List.of(Map.of("queue", "search.catalogue", "count", previousDeaths)));
		}
		return message;
	}

	private static Message withDeaths(List<Map<String, Object>> deaths) {
		MessageProperties properties = new MessageProperties();
		properties.setHeader("x-death", deaths);
		return new Message(new byte[0], properties);
	}

	private record Sent(String exchange, Message message) {
	}

	/** Records what it was asked to publish and confirms it, or refuses the confirm when told to. */
	private static final class ConfirmingBroker extends RabbitTemplate {

		final List<Sent> confirmed = new ArrayList<>();

		private final List<Sent> unconfirmed = new ArrayList<>();

		boolean nack;

		@Override
		public <T> T invoke(OperationsCallback<T> action, com.rabbitmq.client.ConfirmCallback acks,
				com.rabbitmq.client.ConfirmCallback nacks) {
			return action.doInRabbit(this);
		}

		@Override
		public void send(String exchange, String routingKey, Message message) {
			unconfirmed.add(new Sent(exchange, message));
		}

		@Override
		public void waitForConfirmsOrDie(long timeout) {
			if (nack) {
				unconfirmed.clear();
				throw new AmqpIOException(new IOException("nack"));
			}
			confirmed.addAll(unconfirmed);
			unconfirmed.clear();
		}
	}
}
