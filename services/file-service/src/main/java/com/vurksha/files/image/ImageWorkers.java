package com.vurksha.files.image;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.vurksha.files.FileErrorCode;
import com.vurksha.platform.error.ApiException;

/**
 * A small fixed pool of platform threads for decoding and encoding images, which take a core and up to a couple of
 * hundred megabytes each: requests run on virtual threads, and without this pool a burst of uploads would decode
 * side by side until the heap ran out. A full queue is answered at once with {@code IMAGE_WORKERS_BUSY} (503,
 * retryable) rather than waiting without bound.
 */
@Component
public class ImageWorkers implements DisposableBean {

	private final ThreadPoolExecutor executor;

	public ImageWorkers(ImageLimits limits, MeterRegistry meters) {
		AtomicInteger threads = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(limits.workers(), limits.workers(), 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(limits.queue()), task -> {
					Thread thread = new Thread(task, "image-worker-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.AbortPolicy());
		Gauge.builder("vurksha.files.image.queued", executor, pool -> pool.getQueue().size())
			.description("Images waiting for a worker")
			.register(meters);
		Gauge.builder("vurksha.files.image.active", executor, ThreadPoolExecutor::getActiveCount)
			.description("Images being processed")
			.register(meters);
	}

	/**
	 * Runs {@code work} on a worker and waits for its result; what it throws is thrown here.
	 * @throws ApiException {@code IMAGE_WORKERS_BUSY} when every worker is busy and the queue is full
	 */
	public <T> T run(Callable<T> work) {
		Future<T> result;
		try {
			result = executor.submit(work);
		}
		catch (RejectedExecutionException ex) {
			throw new ApiException(FileErrorCode.IMAGE_WORKERS_BUSY,
					"Every image worker is busy; try again in a few seconds", ex).withRetryAfter(Duration.ofSeconds(2));
		}
		try {
			return result.get();
		}
		catch (ExecutionException ex) {
			throw rethrown(ex.getCause());
		}
		catch (InterruptedException ex) {
			result.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for an image worker", ex);
		}
	}

	private static RuntimeException rethrown(Throwable cause) {
		if (cause instanceof RuntimeException runtime) {
			return runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new IllegalStateException("Image work failed", cause);
	}

	@Override
	public void destroy() throws InterruptedException {
		executor.shutdown();
		if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
			executor.shutdownNow();
		}
	}
}
