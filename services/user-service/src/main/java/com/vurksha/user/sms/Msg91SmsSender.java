package com.vurksha.user.sms;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.vurksha.user.phone.PhoneNumber;

/**
 * Sends codes through MSG91's Flow API: {@code POST /api/v5/flow} with the {@code authkey} header and the
 * template's {@code otp} variable. MSG91 may answer 200 with {@code "type":"error"}, so the body is checked too.
 */
public class Msg91SmsSender implements SmsSender {

	private final RestClient client;

	private final String templateId;

	public Msg91SmsSender(RestClient client, String templateId) {
		this.client = client;
		this.templateId = templateId;
	}

	@Override
	public void sendOtp(PhoneNumber phone, String code) {
		FlowRequest request = new FlowRequest(templateId, "0", List.of(new Recipient(phone.digits(), code)));
		FlowResponse response;
		try {
			response = client.post()
				.uri("/api/v5/flow")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(request)
				.retrieve()
				.body(FlowResponse.class);
		}
		catch (RestClientException ex) {
			throw new SmsDeliveryException("MSG91 did not accept the message: " + ex.getMessage(), ex);
		}
		if (response == null || !"success".equalsIgnoreCase(response.type())) {
			throw new SmsDeliveryException("MSG91 refused the message: " + (response == null ? "empty answer"
					: response.message()));
		}
	}

	record FlowRequest(@JsonProperty("template_id") String templateId, @JsonProperty("short_url") String shortUrl,
			List<Recipient> recipients) {
	}

	record Recipient(String mobiles, String otp) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record FlowResponse(String type, String message) {
	}
}
