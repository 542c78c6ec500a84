package com.vurksha.notification.message;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.channel.ChannelMessage;
import com.vurksha.notification.channel.ChannelSender;
import com.vurksha.notification.channel.PermanentRefusal;

import static org.assertj.core.api.Assertions.assertThat;

/** A provider call behind its breaker: five failures open it, refusals do not count, an open breaker sends nothing. */
class ProviderCallTests {

	private static final ChannelMessage MESSAGE = new ChannelMessage("token", "t", "b");

	private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
		.slidingWindowSize(10)
		.minimumNumberOfCalls(5)
		.failureRateThreshold(50)
		.waitDurationInOpenState(Duration.ofMinutes(1))
		.build());

	private final ProviderCall calls = new ProviderCall(breakers);

	private final FakeSender sender = new FakeSender();

	@Test
	void opensAfterFiveFailuresAndThenLeavesTheProviderAlone() {
		sender.failure = new IllegalStateException("503");
		for (int i = 0; i < 5; i++) {
			assertThat(calls.send(sender, MESSAGE).result()).isEqualTo(ProviderCall.Result.FAILED);
		}

		ProviderCall.Outcome outcome = calls.send(sender, MESSAGE);

		assertThat(outcome.result()).isEqualTo(ProviderCall.Result.NOT_PERMITTED);
		assertThat(sender.calls.get()).isEqualTo(5);
		assertThat(breakers.circuitBreaker("push-fake").getState().name()).isEqualTo("OPEN");
	}

	@Test
	void permanentRefusalsDoNotOpenTheBreaker() {
		sender.failure = new PermanentRefusal("404 UNREGISTERED");
		for (int i = 0; i < 10; i++) {
			assertThat(calls.send(sender, MESSAGE).result()).isEqualTo(ProviderCall.Result.REFUSED);
		}

		assertThat(breakers.circuitBreaker("push-fake").getState().name()).isEqualTo("CLOSED");
	}

	@Test
	void reportsWhatTheProviderSaid() {
		sender.failure = new IllegalStateException("FCM answered 503");

		assertThat(calls.send(sender, MESSAGE).error()).isEqualTo("IllegalStateException: FCM answered 503");
	}

	private static final class FakeSender implements ChannelSender {

		private final AtomicInteger calls = new AtomicInteger();

		private RuntimeException failure;

		@Override
		public Channel channel() {
			return Channel.PUSH;
		}

		@Override
		public String provider() {
			return "fake";
		}

		@Override
		public void send(ChannelMessage message) {
			calls.incrementAndGet();
			if (failure != null) {
				throw failure;
			}
		}
	}
}
