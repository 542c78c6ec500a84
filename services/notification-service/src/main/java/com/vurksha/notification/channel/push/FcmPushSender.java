package com.vurksha.notification.channel.push;

import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;

import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.channel.ChannelMessage;
import com.vurksha.notification.channel.ChannelSender;
import com.vurksha.notification.channel.PermanentRefusal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one push per device token through FCM HTTP v1. Only an answer that names the token is a permanent refusal
 * (and makes the caller forget the token): the {@code FcmError} detail {@code UNREGISTERED} (404) or
 * {@code SENDER_ID_MISMATCH} (403), or {@code INVALID_ARGUMENT} (400) whose bad-request detail points at
 * {@code message.token}. Every other answer is a failure counted by the breaker: a 403 {@code PERMISSION_DENIED} is
 * our own missing permission, a 400 about any other field is our message, 401 means our access token went stale
 * (it is fetched anew on the next attempt), 429 and 5xx are the provider's trouble.
 */
class FcmPushSender implements ChannelSender {

	private static final String FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError";

	private static final String BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest";

	private static final Set<String> TOKEN_GONE = Set.of("UNREGISTERED", "SENDER_ID_MISMATCH");

	private final RestClient client;

	private final FcmAccessTokens tokens;

	private final String projectId;

	private final JsonMapper json;

	FcmPushSender(RestClient client, FcmAccessTokens tokens, String projectId, JsonMapper json) {
		this.client = client;
		this.tokens = tokens;
		this.projectId = projectId;
		this.json = json;
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
		if ((status.value() == 404 || status.value() == 400 || status.value() == 403)
				&& aboutTheToken(ex.getResponseBodyAsString())) {
			return new PermanentRefusal(answer, ex);
		}
		if (status.value() == 401) {
			tokens.forget();
		}
		return new IllegalStateException(answer, ex);
	}

	/** Whether FCM's error body says the token itself will never work: the only case in which it is forgotten. */
	private boolean aboutTheToken(String body) {
		JsonNode error;
		try {
			error = json.readTree(body).path("error");
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return false;
		}
		boolean invalidArgument = "INVALID_ARGUMENT".equals(error.path("status").asString(""));
		boolean tokenField = false;
		for (JsonNode detail : error.path("details")) {
			String type = detail.path("@type").asString("");
			if (FCM_ERROR.equals(type)) {
				String code = detail.path("errorCode").asString("");
				if (TOKEN_GONE.contains(code)) {
					return true;
				}
				invalidArgument |= "INVALID_ARGUMENT".equals(code);
			}
			else if (BAD_REQUEST.equals(type)) {
				for (JsonNode violation : detail.path("fieldViolations")) {
					tokenField |= "message.token".equals(violation.path("field").asString(""));
				}
			}
		}
		return invalidArgument && tokenField;
	}
}
