package com.vurksha.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimelineTests {

	private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");

	@Test
	void aShedCallIsNotAFailureButNoAnswerAndA5xxAre() {
		List<Timeline.Call> calls = List.of(call(0, "GET /products", 20, 200, false),
				call(1, "POST /orders", 50, 503, true), call(2, "GET /cart", 1000, 0, false),
				call(3, "PUT /cart/items/{id}", 30, 502, false), call(4, "POST /orders", 40, 500, false),
				call(5, "POST /orders", 40, 201, false), call(6, "PUT /cart/items/{id}", 30, 409, false));

		Timeline.Figures figures = Timeline.figures(calls);

		assertThat(figures.calls()).isEqualTo(7);
		assertThat(figures.errors()).isEqualTo(3);
		assertThat(figures.shed()).isEqualTo(1);
		assertThat(figures.idempotentErrors()).isEqualTo(2);
		assertThat(figures.checkoutCalls()).isEqualTo(3);
		assertThat(figures.checkoutOk()).isEqualTo(1);
		assertThat(figures.checkoutErrors()).isEqualTo(1);
		assertThat(figures.checkoutShed()).isEqualTo(1);
		assertThat(figures.failures()).containsEntry("no answer (GET /cart)", 1L)
			.containsEntry("503 shed (POST /orders)", 1L)
			.containsEntry("500 (POST /orders)", 1L);
	}

	@Test
	void theErrorWindowRunsFromTheFirstFailedStartToTheLastFailedEnd() {
		Timeline.Figures figures = Timeline.figures(List.of(call(0, "GET /products", 10, 200, false),
				call(2, "GET /products", 500, 0, false), call(7, "GET /products", 1500, 503, false),
				call(20, "GET /products", 10, 200, false)));

		assertThat(figures.errorWindow()).isEqualTo(Duration.ofMillis(6500));
		assertThat(Timeline.figures(List.of(call(0, "GET /products", 10, 200, false))).errorWindow())
			.isEqualTo(Duration.ZERO);
	}

	@Test
	void callsAreCutOutByTheirStart() throws Exception {
		Timeline timeline = new Timeline();
		long now = System.nanoTime();
		timeline.ended(now, "GET /products", 5_000_000, 200, false);
		Thread.sleep(20);
		Instant between = Instant.now();
		Thread.sleep(20);
		timeline.ended(System.nanoTime(), "GET /cart", 5_000_000, 200, false);

		assertThat(timeline.between(between.minusSeconds(60), between)).extracting(Timeline.Call::name)
			.containsExactly("GET /products");
		assertThat(timeline.between(between, between.plusSeconds(60))).extracting(Timeline.Call::name)
			.containsExactly("GET /cart");
	}

	private static Timeline.Call call(int second, String name, long millis, int status, boolean shed) {
		return new Timeline.Call(T.plusSeconds(second), name, millis, status, shed);
	}
}
