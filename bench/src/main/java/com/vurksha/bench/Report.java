package com.vurksha.bench;

import java.util.Map;

/** The run's text: one table per phase, every throughput also as a share of the nginx ceiling when there is one. */
final class Report {

	private final StringBuilder text = new StringBuilder();

	private double ceiling;

	/** Sets the request rate the other throughputs are compared with. */
	void ceiling(double requestsPerSecond) {
		this.ceiling = requestsPerSecond;
	}

	Report line(String line) {
		text.append(line).append('\n');
		return this;
	}

	String share(double perSecond) {
		return (ceiling > 0) ? String.format("%.2f%%", 100 * perSecond / ceiling) : "-";
	}

	/** A phase's table of calls, a total line and its refusals by code. */
	void phase(String title, double seconds, Map<String, LatencyRecorder.Summary> calls, Map<String, Long> refusals) {
		line("");
		line("== " + title);
		line(String.format("%-30s %7s %8s %8s %8s %8s %8s %8s %6s %6s %7s  %s", "call", "count", "req/s", "of ceil",
				"p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "shed", "refused", "statuses"));
		long count = 0;
		long errors = 0;
		for (Map.Entry<String, LatencyRecorder.Summary> entry : calls.entrySet()) {
			LatencyRecorder.Summary s = entry.getValue();
			count += s.count();
			errors += s.errors();
			line(String.format("%-30s %7d %8.1f %8s %8.1f %8.1f %8.1f %8.1f %6d %6d %7d  %s", entry.getKey(), s.count(),
					s.perSecond(), share(s.perSecond()), s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs(), s.errors(), s.shed(),
					s.refused(), s.statuses()));
		}
		line(String.format("all calls: %d in %.1f s = %.1f req/s (%s of ceiling), %d errors", count, seconds,
				count / seconds, share(count / seconds), errors));
		refusals.forEach((what, n) -> line("  refused/shed: " + what + " x" + n));
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
