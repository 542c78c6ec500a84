package com.vurksha.bench;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyRecorderTests {

	private static final long MS = 1_000_000;

	@Test
	void countsOnlyCallsThatStartInsideTheWindow() {
		LatencyRecorder recorder = new LatencyRecorder();
		recorder.window(1_000 * MS, 2_000 * MS);

		recorder.record(999 * MS, "GET /x", 5 * MS, 200, false);
		recorder.record(1_000 * MS, "GET /x", 7 * MS, 200, false);
		recorder.record(1_999 * MS, "GET /x", 9 * MS, 200, false);
		recorder.record(2_000 * MS, "GET /x", 11 * MS, 200, false);

		LatencyRecorder.Summary summary = recorder.summaries(1.0).get("GET /x");
		assertThat(summary.count()).isEqualTo(2);
		assertThat(summary.perSecond()).isEqualTo(2.0);
		assertThat(summary.maxMs()).isEqualTo(9.0);
	}

	@Test
	void tellsErrorsFromShedAndRefusedCalls() {
		LatencyRecorder recorder = LatencyRecorder.unbounded();

		recorder.record(0, "POST /orders", MS, 201, false);
		recorder.record(0, "POST /orders", MS, 0, false);
		recorder.record(0, "POST /orders", MS, 504, false);
		recorder.record(0, "POST /orders", MS, 503, true);
		recorder.record(0, "POST /orders", MS, 429, true);
		recorder.record(0, "POST /orders", MS, 409, false);

		LatencyRecorder.Summary summary = recorder.summaries(1.0).get("POST /orders");
		assertThat(summary.ok()).isEqualTo(1);
		assertThat(summary.errors()).isEqualTo(2);
		assertThat(summary.shed()).isEqualTo(2);
		assertThat(summary.refused()).isEqualTo(1);
		assertThat(summary.statuses()).isEqualTo(Map.of(0, 1L, 201, 1L, 409, 1L, 429, 1L, 503, 1L, 504, 1L));
	}

	@Test
	void givesNearestRankPercentiles() {
		LatencyRecorder recorder = LatencyRecorder.unbounded();
		for (int ms = 1; ms <= 100; ms++) {
			recorder.record(0, "GET /x", ms * MS, 200, false);
		}

		LatencyRecorder.Summary summary = recorder.summaries(1.0).get("GET /x");
		assertThat(summary.p50Ms()).isEqualTo(50.0);
		assertThat(summary.p90Ms()).isEqualTo(90.0);
		assertThat(summary.p99Ms()).isEqualTo(99.0);
		assertThat(LatencyRecorder.percentileMs(new long[] { 30, 10, 20 }, 0.5)).isEqualTo(20.0);
	}
}
