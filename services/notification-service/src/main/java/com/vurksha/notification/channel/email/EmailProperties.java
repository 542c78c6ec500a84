package com.vurksha.notification.channel.email;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * E-mail settings; the SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param provider {@code smtp} sends real e-mail; {@code log} logs it with the address masked (local profile)
 * @param from the sender address customers see
 */
@Validated
@ConfigurationProperties("vurksha.notification.email")
public record EmailProperties(@DefaultValue("smtp") @NotNull Provider provider,
		@DefaultValue("Vurksha <no-reply@vurksha.in>") @NotBlank String from) {

	public enum Provider {
		SMTP, LOG
	}
}
