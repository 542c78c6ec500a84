package com.vurksha.notification.message;

import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.stereotype.Component;

import com.vurksha.notification.channel.ChannelMessage;
import com.vurksha.notification.channel.ChannelSender;
import com.vurksha.notification.channel.PermanentRefusal;

/**
 * One provider call behind the provider's circuit breaker ({@code push-fcm}, {@code sms-msg91}, {@code email-smtp}).
 * The breaker is driven by hand rather than by decorating the call, so that an open breaker is told apart from a
 * failure (the message waits without losing an attempt) and a permanent refusal, which proves the provider is up,
 * counts as a success for it.
 */
@Component
class ProviderCall {

	enum Result {
		SENT, REFUSED, FAILED, NOT_PERMITTED
	}

	record Outcome(Result result, String error) {
	}

	private final CircuitBreakerRegistry breakers;

	ProviderCall(CircuitBreakerRegistry breakers) {
		this.breakers = breakers;
	}

	Outcome send(ChannelSender sender, ChannelMessage message) {
		CircuitBreaker breaker = breakers.circuitBreaker(sender.breakerName());
		if (!breaker.tryAcquirePermission()) {
			return new Outcome(Result.NOT_PERMITTED, null);
		}
		long start = System.nanoTime();
		try {
			sender.send(message);
			breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			return new Outcome(Result.SENT, null);
		}
		catch (PermanentRefusal ex) {
			breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			return new Outcome(Result.REFUSED, describe(ex));
		}
		catch (RuntimeException ex) {
			breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, ex);
			return new Outcome(Result.FAILED, describe(ex));
		}
	}

	private static String describe(RuntimeException ex) {
		String text = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return (text.length() > 500) ? text.substring(0, 500) : text;
	}
}
