package com.vurksha.platform.sms;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMS delivery settings.
 *
 * @param provider {@code msg91} sends real SMS; {@code log} only logs them (local profile); unset means the service
 * sends no SMS and gets no {@link SmsSender}
 * @param msg91 the MSG91 gateway
 */
@ConfigurationProperties("vurksha.sms")
public record SmsProperties(Provider provider, @DefaultValue Msg91 msg91) {

	/** The SMS providers a service can be pointed at. */
	public enum Provider {
		MSG91, LOG
	}

	/**
	 * @param baseUrl the gateway's address
	 * @param authKey the account's API key (environment {@code MSG91_AUTH_KEY})
	 * @param templateId the approved flow template for sign-in codes, carrying the {@code otp} variable (environment
	 * {@code MSG91_TEMPLATE_ID}); other templates belong to the service that sends them
	 * @param connectTimeout time to open a connection
	 * @param readTimeout time to wait for the answer; a customer may be waiting on the other side
	 */
	public record Msg91(@DefaultValue("https://control.msg91.com") URI baseUrl, String authKey, String templateId,
			@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout) {
	}
}
