package com.vurksha.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every call of a drill's load with its wall-clock start, so that a scenario's figures can be cut out afterwards:
 * before the break, while it lasts, after it. A drill's load is a few dozen calls a second for half an hour, so all
 * of them fit in memory.
 */
final class Timeline implements LatencyRecorder.Listener {

	/** One call: when it started, what it was, how long it took, its status (0: no answer) and whether it was shed. */
	record Call(Instant start, String name, long millis, int status, boolean shed) {

		/** A failure of the system: no answer, or a 5xx that is not a shed with Retry-After. */
		boolean error() {
			return !shed && (status == 0 || status >= 500);
		}

		/**
		 * Whether sending the call twice does what sending it once does: reads, PUT and DELETE. {@code POST /orders}
		 * carries an idempotency key but is counted on its own (checkout).
		 */
		boolean idempotent() {
			return name.startsWith("GET ") || name.startsWith("PUT ") || name.startsWith("DELETE ");
		}
	}

	/** {@link System#nanoTime()} and the wall clock at the same moment, to turn the one into the other. */
	private final long originNanos = System.nanoTime();

	private final Instant origin = Instant.now();

	private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

	@Override
	public void ended(long startNanos, String call, long nanos, int status, boolean shed) {
		calls.add(new Call(origin.plusNanos(startNanos - originNanos), call, nanos / 1_000_000, status, shed));
	}

	/** The calls that started in [from, until). */
	List<Call> between(Instant from, Instant until) {
		List<Call> result = new ArrayList<>();
		for (Call call : calls) {
			if (!call.start().isBefore(from) && call.start().isBefore(until)) {
				result.add(call);
			}
		}
		return result;
	}

	/** Figures of a stretch of calls. */
	record Figures(int calls, long errors, long shed, Map<String, Long> failures, double p99Ms, double p50Ms,
			Instant firstError, Instant lastError, long idempotentErrors, long checkoutCalls, long checkoutOk,
			long checkoutErrors, long checkoutShed) {

		/** From the first failed call's start to the last failed call's end; zero without failures. */
		Duration errorWindow() {
			return (firstError == null) ? Duration.ZERO : Duration.between(firstError, lastError);
		}
	}

	static Figures figures(List<Call> calls) {
		long[] millis = calls.stream().mapToLong(Call::millis).toArray();
		Map<String, Long> failures = new TreeMap<>();
		long errors = 0;
		long shed = 0;
		long idempotentErrors = 0;
		long checkout = 0;
		long checkoutOk = 0;
		long checkoutErrors = 0;
		long checkoutShed = 0;
		Instant first = null;
		Instant last = null;
		for (Call call : calls) {
			boolean order = call.name().equals("POST /orders");
			if (order) {
				checkout++;
				if (call.status() >= 200 && call.status() < 300) {
					checkoutOk++;
				}
			}
			if (call.shed()) {
				shed++;
				checkoutShed += order ? 1 : 0;
				failures.merge(call.status() + " shed (" + call.name() + ")", 1L, Long::sum);
			}
			else if (call.error()) {
				errors++;
				checkoutErrors += order ? 1 : 0;
				idempotentErrors += call.idempotent() ? 1 : 0;
				failures.merge((call.status() == 0 ? "no answer" : String.valueOf(call.status())) + " (" + call.name()
						+ ")", 1L, Long::sum);
				Instant end = call.start().plusMillis(call.millis());
				first = (first == null || call.start().isBefore(first)) ? call.start() : first;
				last = (last == null || end.isAfter(last)) ? end : last;
			}
		}
		return new Figures(calls.size(), errors, shed, failures, LatencyRecorder.percentileMs(millis, 0.99),
				LatencyRecorder.percentileMs(millis, 0.50), first, last, idempotentErrors, checkout, checkoutOk,
				checkoutErrors, checkoutShed);
	}
}
