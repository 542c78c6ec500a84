package com.vurksha.product.image;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the file service lives. Its client (timeouts, retries, breaker, audience) is configured under
 * {@code vurksha.clients.file}.
 *
 * @param file the file service's base URL (default http://localhost:8089)
 */
@ConfigurationProperties("vurksha.services")
public record FileServiceProperties(@DefaultValue("http://localhost:8089") String file) {
}
