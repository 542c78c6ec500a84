package com.vurksha.platform.http;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this service obtains its own service tokens for calling other services' internal endpoints.
 *
 * @param tokenUri the user service's token endpoint ({@code .../oauth2/token}); without it this service cannot call
 * internal endpoints, and a client configured with an {@code audience} fails at start-up
 * @param clientId this service's client id (defaults to {@code spring.application.name})
 * @param clientSecret this service's client secret; production reads it from a Kubernetes secret
 * @param timeout connect and read timeout of a token request
 * @param retryAfterFailure how long a failed token request is not repeated while a still-valid token is used
 */
@ConfigurationProperties("vurksha.service-identity")
public record ServiceIdentityProperties(URI tokenUri, String clientId, String clientSecret,
		@DefaultValue("2s") Duration timeout, @DefaultValue("5s") Duration retryAfterFailure) {
}
