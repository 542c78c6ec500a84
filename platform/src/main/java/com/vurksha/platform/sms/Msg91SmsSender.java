package com.vurksha.platform.sms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends messages through MSG91's Flow API: {@code POST /api/v5/flow} with the {@code authkey} header, the message's
 * template and one recipient whose fields are the template's variables. MSG91 may answer 200 with
 * {@code "type":"error"}, so the body is checked too.
 */
public class Msg91SmsSender implements SmsSender {

	private final RestClient client;

	/** @param client a client with MSG91's base URL, the {@code authkey} header and timeouts */
	public Msg91SmsSender(RestClient client) {
		this.client = client;
	}

	@Override
	public void send(String e164Phone, SmsMessage message) {
		FlowResponse response;
		try {
			response = client.post()
				.uri("/api/v5/flow")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(new FlowRequest(message.templateId(), "0", List.of(recipient(e164Phone, message))))
				.retrieve()
				.body(FlowResponse.class);
		}
		catch (RestClientException ex) {
			throw new SmsDeliveryException("MSG91 did not accept the message: " + ex.getMessage(), ex);
		}
		if (response == null || !"success".equalsIgnoreCase(response.type())) {
			throw new SmsDeliveryException(
					"MSG91 refused the message: " + (response == null ? "empty answer" : response.message()));
		}
	}

	/** MSG91 wants the number without its plus sign, and the variables beside it. */
	private static Map<String, String> recipient(String e164Phone, SmsMessage message) {
		Map<String, String> recipient = new LinkedHashMap<>(message.variables());
		recipient.put("mobiles", e164Phone.startsWith("+") ? e164Phone.substring(1) : e164Phone);
		return recipient;
	}

	record FlowRequest(@JsonProperty("template_id") String templateId, @JsonProperty("short_url") String shortUrl,
			List<Map<String, String>> recipients) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record FlowResponse(String type, String message) {
	}
}
