package com.vurksha.platform.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;

/**
 * The queues of one consumer and how they are wired:
 * <pre>
 * events exchange --pattern--&gt; Q --rejected--&gt; Q.retry (exchange) --&gt; Q.retry (queue, TTL) --expired--&gt; Q
 *                                 \--too many attempts: published by the listener--&gt; Q.dlx --&gt; Q.dlq
 * </pre>
 * The events exchange itself is declared once per service by the events auto-configuration, with its
 * alternate exchange. With quorum queues, dead-lettering out of the main and retry queues is at-least-once
 * (a message leaves only once the target queue confirmed it), which RabbitMQ allows only with
 * {@code x-overflow=reject-publish}. Every argument works on RabbitMQ; the in-JVM Qpid broker of {@code make run}, set to ignore RabbitMQ's
 * arguments, instead sends a rejected message straight to its alternate exchange, the dead-letter exchange.
 *
 * @param name the consumer's queue, e.g. {@code notification.order-events}
 */
public record ConsumerQueue(String name, String exchange, List<String> routingPatterns, QueueType type,
		long retryDelayMillis) {

	public ConsumerQueue {
		routingPatterns = List.copyOf(routingPatterns);
		if (routingPatterns.isEmpty()) {
			throw new IllegalArgumentException("A consumer queue needs at least one routing pattern");
		}
	}

	public String retryExchange() {
		return name + ".retry";
	}

	public String retryQueue() {
		return name + ".retry";
	}

	public String deadLetterExchange() {
		return name + ".dlx";
	}

	public String deadLetterQueue() {
		return name + ".dlq";
	}

	/** Everything to declare; register the result as a bean and Spring AMQP declares it on each (re)connect. */
	public Declarables declarables() {
		List<Declarable> all = new ArrayList<>();
		FanoutExchange retry = new FanoutExchange(retryExchange(), true, false);
		FanoutExchange dead = new FanoutExchange(deadLetterExchange(), true, false);
		all.add(retry);
		all.add(dead);
		Queue main = new Queue(name, true, false, false, mainArguments());
		Queue retryQueue = new Queue(retryQueue(), true, false, false, retryArguments());
		Queue deadQueue = new Queue(deadLetterQueue(), true, false, false, typeArguments(type));
		all.add(main);
		all.add(retryQueue);
		all.add(deadQueue);
		routingPatterns.forEach(pattern -> all.add(new Binding(name, Binding.DestinationType.QUEUE, exchange, pattern,
				null)));
		all.add(bind(retryQueue, retry));
		all.add(bind(deadQueue, dead));
		return new Declarables(all);
	}

	Map<String, Object> mainArguments() {
		Map<String, Object> arguments = deadLetteringArguments();
		arguments.put("x-dead-letter-exchange", retryExchange());
		// Qpid ignores the x- arguments above; these two make it park a rejected message in the DLQ instead.
		arguments.put("alternateExchange", deadLetterExchange());
		arguments.put("x-qpid-maximum-delivery-count", 1);
		return arguments;
	}

	Map<String, Object> retryArguments() {
		Map<String, Object> arguments = deadLetteringArguments();
		arguments.put("x-message-ttl", retryDelayMillis);
		// The default exchange routes by queue name: an expired message goes straight back to the main queue.
		arguments.put("x-dead-letter-exchange", "");
		arguments.put("x-dead-letter-routing-key", name);
		return arguments;
	}

	private Map<String, Object> deadLetteringArguments() {
		Map<String, Object> arguments = typeArguments(type);
		if (type == QueueType.QUORUM) {
			arguments.put("x-dead-letter-strategy", "at-least-once");
			arguments.put("x-overflow", "reject-publish");
		}
		return arguments;
	}

	/** The arguments that make a queue of the given type; empty for classic. */
	static Map<String, Object> typeArguments(QueueType type) {
		Map<String, Object> arguments = new HashMap<>();
		if (type == QueueType.QUORUM) {
			arguments.put("x-queue-type", "quorum");
		}
		return arguments;
	}

	private static Binding bind(Queue queue, FanoutExchange exchange) {
		return BindingBuilder.bind(queue).to(exchange);
	}
}
