package com.vurksha.platform.events;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.Queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConsumerQueueTests {

	private final ConsumerQueue classic = new ConsumerQueue("notification.order-events", "vurksha.events",
			List.of("order.order.*", "payment.#"), QueueType.CLASSIC, 10_000);

	@Test
	void bindsTheMainQueueToTheEventsExchangeWithEachPattern() {
		List<Binding> bindings = declared(classic, Binding.class).stream()
			.filter(binding -> binding.getExchange().equals("vurksha.events"))
			.toList();

		assertThat(bindings).extracting(Binding::getDestination).containsOnly("notification.order-events");
		assertThat(bindings).extracting(Binding::getRoutingKey).containsExactly("order.order.*", "payment.#");
	}

	@Test
	void deadLettersRejectedMessagesIntoTheRetryQueueWhichSendsThemBackAfterTheDelay() {
		Queue main = queue(classic, "notification.order-events");
		Queue retry = queue(classic, "notification.order-events.retry");

		assertThat(main.getArguments()).containsEntry("x-dead-letter-exchange", "notification.order-events.retry");
		assertThat(retry.getArguments()).containsEntry("x-message-ttl", 10_000L)
			.containsEntry("x-dead-letter-exchange", "")
			.containsEntry("x-dead-letter-routing-key", "notification.order-events");
		assertThat(declared(classic, Binding.class)).anySatisfy(binding -> {
			assertThat(binding.getExchange()).isEqualTo("notification.order-events.retry");
			assertThat(binding.getDestination()).isEqualTo("notification.order-events.retry");
		});
	}

	@Test
	void declaresTheArgumentsTheInJvmBrokerNeedsToDeadLetter() {
		assertThat(queue(classic, "notification.order-events").getArguments())
			.containsEntry("alternateExchange", "notification.order-events.dlx")
			.containsEntry("x-qpid-maximum-delivery-count", 1);
	}

	@Test
	void declaresEveryQueueAndExchangeDurable() {
		assertThat(declared(classic, Queue.class)).extracting(Queue::getName)
			.containsExactlyInAnyOrder("notification.order-events", "notification.order-events.retry",
					"notification.order-events.dlq");
		assertThat(declared(classic, Queue.class)).allMatch(Queue::isDurable);
		assertThat(declared(classic, Exchange.class)).allMatch(Exchange::isDurable);
		assertThat(declared(classic, Binding.class)).anySatisfy(binding -> {
			assertThat(binding.getExchange()).isEqualTo("notification.order-events.dlx");
			assertThat(binding.getDestination()).isEqualTo("notification.order-events.dlq");
		});
	}

	@Test
	void makesEveryQueueQuorumWhenAsked() {
		ConsumerQueue quorum = new ConsumerQueue("q", "vurksha.events", List.of("a.b.c"), QueueType.QUORUM, 1000);

		assertThat(declared(quorum, Queue.class))
			.allSatisfy(queue -> assertThat(queue.getArguments()).containsEntry("x-queue-type", "quorum"));
		assertThat(declared(classic, Queue.class))
			.allSatisfy(queue -> assertThat(queue.getArguments()).doesNotContainKey("x-queue-type"));
	}

	@Test
	void deadLettersAtLeastOnceOutOfQuorumQueues() {
		ConsumerQueue quorum = new ConsumerQueue("q", "vurksha.events", List.of("a.b.c"), QueueType.QUORUM, 1000);

		for (String name : List.of("q", "q.retry")) {
			assertThat(queue(quorum, name).getArguments()).containsEntry("x-dead-letter-strategy", "at-least-once")
				.containsEntry("x-overflow", "reject-publish");
		}
		assertThat(declared(classic, Queue.class)).allSatisfy(
				queue -> assertThat(queue.getArguments()).doesNotContainKeys("x-dead-letter-strategy", "x-overflow"));
	}

	@Test
	void refusesAQueueWithoutRoutingPatterns() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ConsumerQueue("q", "vurksha.events", List.of(), QueueType.CLASSIC, 1000));
	}

	private static Queue queue(ConsumerQueue consumerQueue, String name) {
		return declared(consumerQueue, Queue.class).stream()
			.filter(queue -> queue.getName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static <T extends Declarable> List<T> declared(ConsumerQueue queue, Class<T> type) {
		return queue.declarables().getDeclarablesByType(type);
	}
}
