package com.vurksha.notification.channel.push;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Push settings.
 *
 * @param provider {@code fcm} sends real pushes; {@code log} logs them with the token masked (local profile)
 * @param fcm Firebase Cloud Messaging
 */
@Validated
@ConfigurationProperties("vurksha.notification.push")
public record PushProperties(@DefaultValue("fcm") @NotNull Provider provider, @DefaultValue Fcm fcm) {

	public enum Provider {
		FCM, LOG
	}

	/**
	 * @param baseUrl the FCM API's address
	 * @param serviceAccount the Firebase service account's JSON key file, as text (environment
	 * {@code FCM_SERVICE_ACCOUNT_JSON}); its {@code project_id}, {@code client_email}, {@code private_key} and
	 * {@code token_uri} are used
	 * @param projectId the Firebase project to send through (environment {@code FCM_PROJECT_ID}); when unset, the
	 * service account's {@code project_id}
	 * @param connectTimeout time to open a connection
	 * @param readTimeout time to wait for an answer
	 * @param tokenRefreshMargin how long before its expiry an access token is replaced
	 */
	public record Fcm(@DefaultValue("https://fcm.googleapis.com") URI baseUrl, String serviceAccount, String projectId,
			@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
			@DefaultValue("5m") Duration tokenRefreshMargin) {
	}
}
