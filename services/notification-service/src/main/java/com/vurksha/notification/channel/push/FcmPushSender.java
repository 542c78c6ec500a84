package com.vurksha.notification.channel.push;

import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;

import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.channel.ChannelMessage;
import com.vurksha.notification.channel.ChannelSender;
import com.vurksha.notification.channel.PermanentRefusal;

/**
 * Sends one push per device token through FCM HTTP v1. FCM's 404 ({@code UNREGISTERED}), 400
 * ({@code INVALID_ARGUMENT}) and 403 ({@code SENDER_ID_MISMATCH}) are about this token and never change on a retry,
 * so they are permanent refusals; 401 means our access token went stale and is fetched anew on the next attempt;
 * 429 and 5xx are the provider's trouble and count against its breaker.
 */
class FcmPushSender implements ChannelSender {

	private final RestClient client;

	private final FcmAccessTokens tokens;

	private final String projectId;

	FcmPushSender(RestClient client, FcmAccessTokens tokens, String projectId) {
		this.client = client;
		this.tokens = tokens;
		this.projectId = projectId;
	}

	@Override
	public Channel channel() {
		return Channel.PUSH;
	}

	@Override
	public String provider() {
		return "fcm";
	}

	@Override
	public void send(ChannelMessage message) {
		Map<String, Object> body = Map.of("message", Map.of("token", message.destination(), "notification",
				Map.of("title", message.title(), "body", message.body())));
		try {
			client.post()
				.uri("/v1/projects/{project}/messages:send", projectId)
				.headers(headers -> headers.setBearerAuth(tokens.current()))
				.contentType(MediaType.APPLICATION_JSON)
				.body(body)
				.retrieve()
				.toBodilessEntity();
		}
		catch (HttpStatusCodeException ex) {
			throw classify(ex);
		}
	}

	private RuntimeException classify(HttpStatusCodeException ex) {
		HttpStatusCode status = ex.getStatusCode();
		String answer = "FCM answered " + status.value() + ": " + ex.getResponseBodyAsString();
		if (status.value() == 404 || status.value() == 400 || status.value() == 403) {
			return new PermanentRefusal(answer, ex);
		}
		if (status.value() == 401) {
			tokens.forget();
		}
		return new IllegalStateException(answer, ex);
	}
}
