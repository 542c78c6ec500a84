package com.vurksha.order.checkout;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.thread.Threading;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

import com.vurksha.platform.http.CallerContextTaskDecorator;

/**
 * Runs two independent calls to other services at once and waits for both, so checkout waits for the slower of
 * the two rather than their sum. One runs on a new thread (a virtual one where the JDK has them and
 * {@code spring.threads.virtual.enabled} is set), carrying the request's caller context; the other on the
 * caller's own thread.
 */
@Component
class ParallelCalls implements DisposableBean {

	private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("checkout-");

	ParallelCalls(Environment environment) {
		executor.setVirtualThreads(Threading.VIRTUAL.isActive(environment));
		executor.setTaskDecorator(new CallerContextTaskDecorator());
	}

	/** Both outcomes, once both calls have finished, whatever either threw. */
	<A, B> Both<A, B> both(Supplier<A> first, Supplier<B> second) {
		CompletableFuture<A> elsewhere = CompletableFuture.supplyAsync(first, executor);
		Outcome<B> here = Outcome.of(second);
		return new Both<>(Outcome.of(elsewhere::join), here);
	}

	@Override
	public void destroy() {
		executor.close();
	}

	/** The outcomes of two calls. */
	record Both<A, B>(Outcome<A> first, Outcome<B> second) {

		/** Throws the first call's failure, else the second's. */
		void throwAnyFailure() {
			first.throwIfFailed();
			second.throwIfFailed();
		}
	}

	/** A call's value, or what it threw. */
	record Outcome<T>(T value, RuntimeException failure) {

		static <T> Outcome<T> of(Supplier<T> call) {
			try {
				return new Outcome<>(call.get(), null);
			}
			catch (CompletionException ex) {
				return new Outcome<>(null, (ex.getCause() instanceof RuntimeException cause) ? cause : ex);
			}
			catch (RuntimeException ex) {
				return new Outcome<>(null, ex);
			}
		}

		boolean failed() {
			return failure != null;
		}

		void throwIfFailed() {
			if (failure != null) {
				throw failure;
			}
		}
	}
}
