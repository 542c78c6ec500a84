package com.vurksha.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Collects latencies and outcomes per call name; thread-safe, sized for a bounded benchmark run. */
final class LatencyRecorder {

	private final Map<String, Series> series = new ConcurrentHashMap<>();

	private final Map<String, Long> refusals = new ConcurrentHashMap<>();

	/** Counts a 4xx answer by its error code, so a run tells a full slot from a bug. */
	void refusal(String call, String code) {
		refusals.merge(call + " " + code, 1L, Long::sum);
	}

	Map<String, Long> refusals() {
		return new TreeMap<>(refusals);
	}

	void record(String call, long nanos, int status) {
		series.computeIfAbsent(call, name -> new Series()).add(nanos, status);
	}

	Map<String, Summary> summaries(double seconds) {
		Map<String, Summary> result = new TreeMap<>();
		series.forEach((call, s) -> result.put(call, s.summary(seconds)));
		return result;
	}

	/**
	 * One call's figures. {@code errors} are failures of the system (no answer, or 5xx); {@code refused} are 4xx
	 * answers, which under load are mostly business refusals (a full slot, a sold-out pack) rather than faults.
	 */
	record Summary(long count, double perSecond, double p50Ms, double p95Ms, double p99Ms, double maxMs,
			Map<Integer, Long> statuses, long errors, long refused) {
	}

	private static final class Series {

		private long[] nanos = new long[1024];

		private int size;

		private final Map<Integer, Long> statuses = new TreeMap<>();

		synchronized void add(long value, int status) {
			if (size == nanos.length) {
				nanos = Arrays.copyOf(nanos, size * 2);
			}
			nanos[size++] = value;
			statuses.merge(status, 1L, Long::sum);
		}

		synchronized Summary summary(double seconds) {
			long[] sorted = Arrays.copyOf(nanos, size);
			Arrays.sort(sorted);
			long errors = statuses.entrySet()
				.stream()
				.filter(e -> e.getKey() == 0 || e.getKey() >= 500)
				.mapToLong(Map.Entry::getValue)
				.sum();
			long refused = statuses.entrySet()
				.stream()
				.filter(e -> e.getKey() >= 400 && e.getKey() < 500)
				.mapToLong(Map.Entry::getValue)
				.sum();
			return new Summary(size, size / seconds, percentile(sorted, 0.50), percentile(sorted, 0.95),
					percentile(sorted, 0.99), (size == 0) ? 0 : sorted[size - 1] / 1e6, new TreeMap<>(statuses), errors,
					refused);
		}

		private static double percentile(long[] sorted, double p) {
			if (sorted.length == 0) {
				return 0;
			}
			int index = (int) Math.ceil(p * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
		}
	}
}
