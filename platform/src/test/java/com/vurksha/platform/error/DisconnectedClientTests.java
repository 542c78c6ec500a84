package com.vurksha.platform.error;

import java.io.IOException;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class DisconnectedClientTests {

	private final ApiExceptionHandler handler = new ApiExceptionHandler();

	@Test
	void aClientThatHungUpIsNotLoggedAsAFailure(CapturedOutput output) {
		IOException brokenPipe = new IOException("Broken pipe");

		assertThat(handler.unexpected(new ClientAbortException(brokenPipe))).isNull();
		assertThat(handler.unexpected(new AsyncRequestNotUsableException("ServletOutputStream failed to write", brokenPipe)))
			.isNull();
		assertThat(handler.unexpected(new IOException("Connection reset by peer"))).isNull();
		assertThat(output.getAll()).doesNotContain("Unexpected failure").doesNotContain("ERROR");
	}

	@Test
	void aDownstreamCallThatLostItsConnectionIsARetryableUnavailability(CapturedOutput output) {
		ResponseEntity<ErrorBody> answer = handler
			.unexpected(new ResourceAccessException("I/O error", new IOException("Broken pipe")));

		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(output.getAll()).doesNotContain("Unexpected failure").contains("Temporarily unavailable");
	}
}
