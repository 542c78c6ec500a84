package com.vurksha.files.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vurksha.files.FileErrorCode;
import com.vurksha.platform.error.ApiException;

class ImageWorkersTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	/** One worker and a queue of one. */
	private final ImageWorkers workers = new ImageWorkers(new ImageLimits(40_000_000, 12_000, 0.85f, 0.8f, 1, 1,
			"heif-dec"), meters);

	private final CountDownLatch release = new CountDownLatch(1);

	private final List<CompletableFuture<String>> waiting = new ArrayList<>();

	/** The callers, each blocked in {@code run} (the common pool may have a single thread on a small machine). */
	private final ExecutorService callers = Executors.newCachedThreadPool();

	@AfterEach
	void release() throws InterruptedException {
		release.countDown();
		callers.shutdownNow();
		workers.destroy();
	}

	@Test
	void returnsWhatTheWorkReturns() {
		assertThat(workers.run(() -> Thread.currentThread().getName())).startsWith("image-worker-");
	}

	@Test
	void throwsWhatTheWorkThrows() {
		assertThatThrownBy(() -> workers.run(() -> {
			throw new ImageRejected(ImageRejected.Reason.UNREADABLE, "broken");
		})).isInstanceOf(ImageRejected.class).hasMessage("broken");
	}

	@Test
	void refusesAsBusyWhenEveryWorkerIsBusyAndTheQueueIsFull() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		waiting.add(CompletableFuture.supplyAsync(() -> workers.run(() -> {
			started.countDown();
			release.await();
			return "first";
		}), callers));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		waiting.add(CompletableFuture.supplyAsync(() -> workers.run(() -> "queued"), callers));
		awaitQueued(1);

		assertThatThrownBy(() -> workers.run(() -> "third")).isInstanceOf(ApiException.class)
			.extracting(ex -> ((ApiException) ex).code())
			.isEqualTo(FileErrorCode.IMAGE_WORKERS_BUSY);

		release.countDown();
		assertThat(waiting.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(waiting.get(1).get(10, TimeUnit.SECONDS)).isEqualTo("queued");
		assertThat(workers.run(() -> "after")).isEqualTo("after");
	}

	private void awaitQueued(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (meters.get("vurksha.files.image.queued").gauge().value() < count && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(meters.get("vurksha.files.image.queued").gauge().value()).isEqualTo(count);
	}
}
