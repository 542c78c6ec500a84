package com.vurksha.user.sms;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMS delivery settings.
 *
 * @param provider {@code msg91} sends real SMS; {@code log} only logs a masked message (local profile)
 * @param msg91 the MSG91 gateway
 */
@ConfigurationProperties("vurksha.sms")
public record SmsProperties(@DefaultValue("msg91") Provider provider, @DefaultValue Msg91 msg91) {

	public enum Provider {
		MSG91, LOG
	}

	/**
	 * @param baseUrl the gateway's address
	 * @param authKey the account's API key (environment {@code MSG91_AUTH_KEY})
	 * @param templateId the approved flow template carrying the {@code otp} variable
	 * @param connectTimeout time to open a connection
	 * @param readTimeout time to wait for the answer; the customer is waiting on the other side
	 */
	public record Msg91(@DefaultValue("https://control.msg91.com") URI baseUrl, String authKey, String templateId,
			@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout) {
	}
}
