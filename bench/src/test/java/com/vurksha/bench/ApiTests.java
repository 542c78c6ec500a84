package com.vurksha.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The client against a small server on loopback that answers as the gateway does when it sheds or refuses. */
class ApiTests {

	private HttpServer server;

	private final LatencyRecorder recorder = LatencyRecorder.unbounded();

	private Api api;

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		answer("/shed", 503, "1", "{\"success\":false,\"error\":{\"code\":\"OVERLOADED\"}}");
		answer("/broken", 503, "10", "{\"success\":false,\"error\":{\"code\":\"SERVICE_UNAVAILABLE\"}}");
		answer("/busy", 503, null, "{\"success\":false,\"error\":{\"code\":\"OVERLOADED\"}}");
		answer("/full", 409, null, "{\"success\":false,\"error\":{\"code\":\"SLOT_FULL\"}}");
		answer("/ok", 200, null, "{\"success\":true,\"data\":{\"id\":\"o1\"}}");
		AtomicInteger calls = new AtomicInteger();
		server.createContext("/shed-once", exchange -> {
			boolean first = calls.getAndIncrement() == 0;
			byte[] body = (first ? "{\"success\":false,\"error\":{\"code\":\"OVERLOADED\"}}"
					: "{\"success\":true,\"data\":{\"id\":\"o2\"}}").getBytes(StandardCharsets.UTF_8);
			if (first) {
				exchange.getResponseHeaders().add("Retry-After", "0");
			}
			exchange.sendResponseHeaders(first ? 503 : 200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		api = new Api(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), recorder);
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	@Test
	void countsA503WithRetryAfterAsShedNotAsAnError() {
		api.get("call", "/shed", null);

		LatencyRecorder.Summary summary = recorder.summaries(1.0).get("call");
		assertThat(summary.shed()).isEqualTo(1);
		assertThat(summary.errors()).isZero();
		assertThat(recorder.refusals()).containsOnlyKeys("call 503 OVERLOADED (shed, Retry-After 1)");
	}

	@Test
	void countsA503WithoutRetryAfterAsAnError() {
		api.get("call", "/busy", null);

		assertThat(recorder.summaries(1.0).get("call").errors()).isEqualTo(1);
		assertThat(recorder.refusals()).containsOnlyKeys("call 503 OVERLOADED (error)");
	}

	@Test
	void countsAnUnavailableDownstreamAsAnErrorEvenWithRetryAfter() {
		api.get("call", "/broken", null);

		assertThat(recorder.summaries(1.0).get("call").errors()).isEqualTo(1);
		assertThat(recorder.summaries(1.0).get("call").shed()).isZero();
		assertThat(recorder.refusals()).containsOnlyKeys("call 503 SERVICE_UNAVAILABLE (error)");
	}

	@Test
	void countsABusinessRefusalByItsCode() {
		Api.Answer answer = api.post("call", "/full", "token", "{}");

		assertThat(answer.errorCode()).isEqualTo("SLOT_FULL");
		assertThat(recorder.summaries(1.0).get("call").refused()).isEqualTo(1);
		assertThat(recorder.refusals()).containsEntry("call 409 SLOT_FULL", 1L);
	}

	@Test
	void countsNoAnswerAsAnError() {
		server.stop(0);

		Api.Answer answer = api.get("call", "/ok", null);

		assertThat(answer.status()).isZero();
		assertThat(recorder.summaries(1.0).get("call").errors()).isEqualTo(1);
	}

	@Test
	void readsTheBodyOfASuccess() {
		Api.Answer answer = api.get("call", "/ok", null);

		assertThat(answer.ok()).isTrue();
		assertThat(answer.body().at("/data/id").asString()).isEqualTo("o1");
	}

	@Test
	void sendsAShedCallAgainAfterItsRetryAfterWhenAskedTo() {
		Api.Answer answer = api.honouringRetryAfter(2).get("call", "/shed-once", null);

		assertThat(answer.body().at("/data/id").asString()).isEqualTo("o2");
		LatencyRecorder.Summary summary = recorder.summaries(1.0).get("call");
		assertThat(summary.count()).isEqualTo(2);
		assertThat(summary.shed()).isEqualTo(1);
	}

	@Test
	void givesUpAfterTheRetriesItWasGiven() {
		Api.Answer answer = api.honouringRetryAfter(1).get("call", "/shed", null);

		assertThat(answer.status()).isEqualTo(503);
		assertThat(recorder.summaries(1.0).get("call").shed()).isEqualTo(2);
	}

	@Test
	void neverSendsAFailureAgain() {
		api.honouringRetryAfter(2).get("call", "/broken", null);

		assertThat(recorder.summaries(1.0).get("call").count()).isEqualTo(1);
	}

	@Test
	void waitsAtMostFiveSecondsWhateverRetryAfterSays() {
		assertThat(Api.waitFor("1")).hasSeconds(1);
		assertThat(Api.waitFor("3600")).hasSeconds(5);
		assertThat(Api.waitFor("Wed, 21 Oct 2026 07:28:00 GMT")).hasSeconds(1);
	}

	private void answer(String path, int status, String retryAfter, String json) {
		server.createContext(path, exchange -> {
			byte[] body = json.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			if (retryAfter != null) {
				exchange.getResponseHeaders().add("Retry-After", retryAfter);
			}
			exchange.sendResponseHeaders(status, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
	}
}
