package com.vurksha.platform.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A response whose whole body was read while the call was still guarded by its breaker and retry, so an answer
 * that stops or times out halfway is the other service's failure (a retryable 503 or 504, counted by the breaker)
 * rather than a parse error that the caller would answer with 500. Our services' answers are small JSON documents.
 */
final class BufferedResponse implements ClientHttpResponse {

	private final ClientHttpResponse original;

	private final byte[] body;

	private BufferedResponse(ClientHttpResponse original, byte[] body) {
		this.original = original;
		this.body = body;
	}

	static BufferedResponse of(ClientHttpResponse response) throws IOException {
		try (InputStream body = response.getBody()) {
			return new BufferedResponse(response, body.readAllBytes());
		}
	}

	@Override
	public HttpStatusCode getStatusCode() throws IOException {
		return original.getStatusCode();
	}

	@Override
	public String getStatusText() throws IOException {
		return original.getStatusText();
	}

	@Override
	public HttpHeaders getHeaders() {
		return original.getHeaders();
	}

	@Override
	public InputStream getBody() {
		return new ByteArrayInputStream(body);
	}

	@Override
	public void close() {
		original.close();
	}
}
