package com.vurksha.delivery.proof;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the file service answers; its client's timeouts, retries and breaker are under {@code vurksha.clients.file}.
 *
 * @param url the file service's base URL ({@code FILE_SERVICE_URL})
 */
@Validated
@ConfigurationProperties("vurksha.delivery.file-service")
public record FileServiceProperties(@DefaultValue("http://localhost:8089") @NotBlank String url) {
}
