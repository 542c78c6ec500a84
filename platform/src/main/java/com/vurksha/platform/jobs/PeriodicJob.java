package com.vurksha.platform.jobs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a task on a daemon thread of its own with a fixed delay between runs, from context start to stop.
 *
 * <p>A failing run (usually: the database is unreachable) is logged and the next run tries again; only the first
 * failure of a streak is a warning, so a job that runs several times a second does not flood the log during an
 * outage. On stop the run in progress may finish within the grace period, so work such as waiting for publisher
 * confirms is not cut off half-way. {@link #runSoon()} asks for an extra run between the scheduled ones.
 */
public class PeriodicJob implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

	private final String name;

	private final Duration interval;

	private final Duration stopGrace;

	private final Runnable task;

	private volatile ScheduledExecutorService scheduler;

	private final AtomicBoolean runRequested = new AtomicBoolean();

	private volatile boolean failing;

	/**
	 * @param name the thread's name and what the log calls the job
	 * @param stopGrace how long stop waits for a run in progress; zero interrupts it at once
	 */
	public PeriodicJob(String name, Duration interval, Duration stopGrace, Runnable task) {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("The interval of " + name + " must be positive, got " + interval);
		}
		this.name = name;
		this.interval = interval;
		this.stopGrace = stopGrace;
		this.task = task;
	}

	/** Runs the task once on the caller's thread, logging instead of throwing as a scheduled run does. */
	public void runOnce() {
		try {
			task.run();
			if (failing) {
				failing = false;
				log.info("{} runs again", name);
			}
		}
		catch (RuntimeException ex) {
			if (!failing) {
				failing = true;
				log.warn("{} failed: {}", name, ex.getMessage());
			}
			else {
				log.debug("{} failed again: {}", name, ex.getMessage());
			}
		}
	}

	/**
	 * Asks for a run on the job's thread as soon as it is free, without waiting for the interval. Requests made
	 * while one is still waiting are one run; a request made while a run is in progress gets a run after it, so
	 * work that appeared during a run is never left for the next interval. Does nothing while the job is stopped.
	 */
	public void runSoon() {
		ScheduledExecutorService current = scheduler;
		if (current == null || !runRequested.compareAndSet(false, true)) {
			return;
		}
		try {
			current.execute(() -> {
				runRequested.set(false);
				runOnce();
			});
		}
		catch (RejectedExecutionException ex) {
			// stopping: the request dies with the job
			runRequested.set(false);
		}
	}

	@Override
	public synchronized void start() {
		runRequested.set(false);
		scheduler = Executors.newSingleThreadScheduledExecutor(work -> {
			Thread thread = new Thread(work, name);
			thread.setDaemon(true);
			return thread;
		});
		long millis = interval.toMillis();
		scheduler.scheduleWithFixedDelay(this::runOnce, millis, millis, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (scheduler == null) {
			return;
		}
		scheduler.shutdown();
		try {
			if (!scheduler.awaitTermination(stopGrace.toMillis(), TimeUnit.MILLISECONDS)) {
				scheduler.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			scheduler.shutdownNow();
			Thread.currentThread().interrupt();
		}
		scheduler = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}
}
