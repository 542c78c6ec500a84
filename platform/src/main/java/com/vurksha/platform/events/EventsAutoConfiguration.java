package com.vurksha.platform.events;

import java.time.Clock;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Gives every service with a database and Spring AMQP the {@link Outbox} and the {@link Inbox} (a service that
 * neither publishes nor consumes events, such as the admin service, carries no AMQP and gets neither), and, when
 * RabbitMQ is configured, the {@link OutboxRelay} with its {@link OutboxPublisher}, the events exchange and {@link EventConsumers}.
 */
@AutoConfiguration(after = { JdbcClientAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
		JacksonAutoConfiguration.class, RabbitAutoConfiguration.class },
		afterName = "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration")
@ConditionalOnClass(name = { "org.springframework.jdbc.core.simple.JdbcClient", "org.springframework.amqp.core.Message" })
@ConditionalOnBean({ JdbcClient.class, PlatformTransactionManager.class })
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EventMessages eventMessages(JsonMapper jsonMapper) {
		return new EventMessages(jsonMapper);
	}

	@Bean
	OutboxRows outboxRows(JdbcClient jdbc, JsonMapper jsonMapper) {
		return new OutboxRows(jdbc, jsonMapper);
	}

	@Bean
	@ConditionalOnMissingBean
	Outbox outbox(OutboxRows rows, JsonMapper jsonMapper, ObjectProvider<Clock> clock, ObjectProvider<Tracer> tracer,
			ObjectProvider<OutboxRelay> relay) {
		return new Outbox(rows, jsonMapper, clock.getIfAvailable(Clock::systemUTC),
				new TraceParents(tracer.getIfAvailable()), new RelayOnCommit(relay));
	}

	@Bean
	@ConditionalOnMissingBean
	Inbox inbox(JdbcClient jdbc, PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock,
			ObjectProvider<MeterRegistry> meters) {
		return new Inbox(jdbc, new TransactionTemplate(transactionManager), clock.getIfAvailable(Clock::systemUTC),
				meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	@ConditionalOnMissingBean
	EventHousekeeping eventHousekeeping(OutboxRows rows, Inbox inbox, ObjectProvider<Clock> clock,
			EventsProperties properties) {
		return new EventHousekeeping(rows, inbox, clock.getIfAvailable(Clock::systemUTC), properties);
	}

	/** The broker side, present when Spring AMQP has a connection factory (it connects lazily). */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RabbitTemplate.class)
	@ConditionalOnBean(ConnectionFactory.class)
	static class Broker {

		/**
		 * The events exchange, with an alternate exchange that takes every event no queue is bound for, e.g.
		 * published before its first consumer declared its queue, into the unrouted queue. Without it the broker
		 * would confirm such an event and drop it. An operator moves what gathers there to the right queue.
		 * RabbitMQ refuses to redeclare an existing exchange with other arguments: an exchange created before
		 * this argument existed has to be deleted once (or given the alternate exchange by a policy).
		 */
		@Bean
		Declarables vurkshaEventsExchange(EventsProperties properties) {
			String unrouted = properties.unroutedQueue();
			// RabbitMQ reads "alternate-exchange", the in-JVM Qpid broker of the local run "alternateExchange"; each
			// ignores the other's
			TopicExchange events = new TopicExchange(properties.exchange(), true, false,
					Map.of("alternate-exchange", unrouted, "alternateExchange", unrouted));
			FanoutExchange unroutedExchange = new FanoutExchange(unrouted, true, false);
			Queue unroutedQueue = new Queue(unrouted, true, false, false,
					ConsumerQueue.typeArguments(properties.queueType()));
			// the alternate exchange first: a broker may refuse to name one that does not exist yet (Qpid does)
			return new Declarables(unroutedExchange, events, unroutedQueue,
					BindingBuilder.bind(unroutedQueue).to(unroutedExchange));
		}

		/**
		 * Lets each declaration of the service go ahead when another is refused. RabbitMQ refuses to declare a
		 * queue again with other arguments, e.g. a classic queue left from before {@code queue-type=quorum}; by
		 * default that aborts every declaration after it, bindings and the unrouted queue included, and the broker
		 * then confirms events only to drop them. Each refusal is still logged, and the queue stays as it was until
		 * an operator replaces it.
		 */
		@Bean
		static BeanPostProcessor declarationsGoAheadIndependently() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof RabbitAdmin admin) {
						admin.setIgnoreDeclarationExceptions(true);
					}
					return bean;
				}
			};
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnProperty(name = "vurksha.events.relay.enabled", matchIfMissing = true)
		OutboxRelay outboxRelay(OutboxPublisher publisher, EventsProperties properties) {
			return new OutboxRelay(publisher, properties);
		}

		@Bean
		@ConditionalOnMissingBean
		OutboxPublisher outboxPublisher(OutboxRows rows, ConnectionFactory connectionFactory, EventMessages messages,
				PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock,
				EventsProperties properties, ObjectProvider<MeterRegistry> meters) {
			if (!connectionFactory.isPublisherConfirms()) {
				throw new IllegalStateException("The outbox relay marks events sent only on a publisher confirm; "
						+ "set spring.rabbitmq.publisher-confirm-type=correlated");
			}
			RabbitTemplate rabbit = new RabbitTemplate(connectionFactory);
			rabbit.setMandatory(false);
			return new OutboxPublisher(rows, rabbit, messages, new TransactionTemplate(transactionManager),
					clock.getIfAvailable(Clock::systemUTC), properties, meters.getIfAvailable(SimpleMeterRegistry::new));
		}

		@Bean
		@ConditionalOnMissingBean
		EventConsumers eventConsumers(ConnectionFactory connectionFactory, Inbox inbox, EventMessages messages,
				EventsProperties properties) {
			return new EventConsumers(connectionFactory, inbox, messages, properties);
		}
	}
}
