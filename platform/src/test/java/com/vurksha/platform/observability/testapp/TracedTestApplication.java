package com.vurksha.platform.observability.testapp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.http.ServiceClients;

/** One endpoint that logs and calls another service, so a request's trace can be followed in and out. */
@SpringBootApplication
public class TracedTestApplication {

	@RestController
	static class TraceProbeController {

		private static final Logger log = LoggerFactory.getLogger(TraceProbeController.class);

		private final RestClient downstream;

		TraceProbeController(ServiceClients clients, @Value("${test.downstream-url}") String downstreamUrl) {
			this.downstream = clients.create("downstream", downstreamUrl);
		}

		@GetMapping("/api/v1/trace-probe")
		ApiResponse<String> probe() {
			log.info("probing trace");
			return ApiResponse.ok(downstream.get().uri("/api/v1/echo").retrieve().body(String.class));
		}
	}
}
