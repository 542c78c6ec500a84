package com.vurksha.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects latencies and outcomes per call name for the calls that start inside a measuring window, so a phase's
 * warm-up and its tail do not count. Thread-safe, sized for a bounded run.
 */
final class LatencyRecorder {

	private final Map<String, Series> series = new ConcurrentHashMap<>();

	private final Map<String, Long> refusals = new ConcurrentHashMap<>();

	private volatile long from = Long.MIN_VALUE;

	private volatile long until = Long.MAX_VALUE;

	/** Told of every call as it ends, window or not; the drills keep a timeline of them. */
	private volatile Listener listener;

	/** Told of every call a recorder records. */
	@FunctionalInterface
	interface Listener {

		/**
		 * @param startNanos when the call started ({@link System#nanoTime()})
		 * @param status the HTTP status, 0 when no answer came
		 * @param shed whether the system turned the call away with a Retry-After (or 429)
		 */
		void ended(long startNanos, String call, long nanos, int status, boolean shed);
	}

	/** Counts from now on, until stopped (for set-up and one-at-a-time phases). */
	static LatencyRecorder unbounded() {
		return new LatencyRecorder();
	}

	/** Only calls that start in [from, until) of {@link System#nanoTime()} count. */
	void window(long fromNanos, long untilNanos) {
		this.from = fromNanos;
		this.until = untilNanos;
	}

	double windowSeconds() {
		return (until - from) / 1e9;
	}

	/** Counts a refusal (4xx, or a shed 503/429) by its error code, so a run tells a full slot from a bug. */
	void refusal(long startNanos, String call, String code) {
		if (counts(startNanos)) {
			refusals.merge(call + " " + code, 1L, Long::sum);
		}
	}

	Map<String, Long> refusals() {
		return new TreeMap<>(refusals);
	}

	/** Tells {@code listener} of every call from now on. */
	LatencyRecorder listen(Listener listener) {
		this.listener = listener;
		return this;
	}

	void record(long startNanos, String call, long nanos, int status, boolean shed) {
		Listener told = listener;
		if (told != null) {
			told.ended(startNanos, call, nanos, status, shed);
		}
		if (counts(startNanos)) {
			series.computeIfAbsent(call, name -> new Series()).add(nanos, status, shed);
		}
	}

	private boolean counts(long startNanos) {
		return startNanos >= from && startNanos < until;
	}

	Map<String, Summary> summaries(double seconds) {
		Map<String, Summary> result = new TreeMap<>();
		series.forEach((call, s) -> result.put(call, s.summary(seconds)));
		return result;
	}

	/**
	 * One call's figures. {@code errors} are failures of the system (no answer, or a 5xx that is not a shed);
	 * {@code shed} are answers the system gave to turn work away before starting it (429, or 503 with Retry-After);
	 * {@code refused} are other 4xx, which under load are mostly business refusals (a full slot, a sold-out pack).
	 */
	record Summary(long count, double perSecond, double p50Ms, double p90Ms, double p95Ms, double p99Ms,
			double maxMs, Map<Integer, Long> statuses, long errors, long shed, long refused) {

		long ok() {
			return statuses.entrySet().stream().filter(e -> e.getKey() >= 200 && e.getKey() < 300)
				.mapToLong(Map.Entry::getValue).sum();
		}
	}

	private static final class Series {

		private long[] nanos = new long[1024];

		private int size;

		private long errors;

		private long shed;

		private long refused;

		private final Map<Integer, Long> statuses = new TreeMap<>();

		synchronized void add(long value, int status, boolean wasShed) {
			if (size == nanos.length) {
				nanos = Arrays.copyOf(nanos, size * 2);
			}
			nanos[size++] = value;
			statuses.merge(status, 1L, Long::sum);
			if (wasShed) {
				shed++;
			}
			else if (status == 0 || status >= 500) {
				errors++;
			}
			else if (status >= 400) {
				refused++;
			}
		}

		synchronized Summary summary(double seconds) {
			long[] sorted = Arrays.copyOf(nanos, size);
			Arrays.sort(sorted);
			return new Summary(size, size / seconds, percentile(sorted, 0.50), percentile(sorted, 0.90),
					percentile(sorted, 0.95), percentile(sorted, 0.99), (size == 0) ? 0 : sorted[size - 1] / 1e6,
					new TreeMap<>(statuses), errors, shed, refused);
		}

		static double percentile(long[] sorted, double p) {
			if (sorted.length == 0) {
				return 0;
			}
			int index = (int) Math.ceil(p * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
		}
	}

	/** The p-th percentile of unsorted millisecond values, 0 for none. */
	static double percentileMs(long[] millis, double p) {
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		return Series.percentile(sorted, p) * 1e6;
	}
}
