package com.vurksha.bench;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * A closed-loop load: a fixed number of threads, each starting its next step as soon as the last one answered, for
 * a warm-up and then a measured window. Only calls that start inside the window are recorded.
 */
final class ClosedLoop {

	private ClosedLoop() {
	}

	/** One thread's work: a step is one iteration (a call, or a whole journey), repeated until the deadline. */
	interface Step {

		void run();
	}

	/**
	 * @param cpu told when the measured window starts and ends, so it can read the system's CPU time over it
	 * @param steps the step of thread i
	 * @return the measured window's length in seconds
	 */
	static double run(int threads, Duration warmUp, Duration measured, LatencyRecorder recorder, SystemCpu cpu,
			IntFunction<Step> steps) throws InterruptedException {
		long from = System.nanoTime() + warmUp.toNanos();
		long until = from + measured.toNanos();
		recorder.window(from, until);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		for (int i = 0; i < threads; i++) {
			Step step = steps.apply(i);
			pool.submit(() -> {
				while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
					try {
						step.run();
					}
					catch (RuntimeException ex) {
						// an unexpected answer shape: the call is already counted; carry on with the next step
					}
				}
			});
		}
		pool.shutdown();
		sleepUntil(from);
		cpu.windowStarts();
		sleepUntil(until);
		cpu.windowEnds();
		long grace = TimeUnit.NANOSECONDS.toSeconds(until - System.nanoTime()) + 30;
		if (!pool.awaitTermination(grace, TimeUnit.SECONDS)) {
			pool.shutdownNow();
		}
		return recorder.windowSeconds();
	}

	private static void sleepUntil(long nanoTime) throws InterruptedException {
		long left = nanoTime - System.nanoTime();
		if (left > 0) {
			TimeUnit.NANOSECONDS.sleep(left);
		}
	}
}
