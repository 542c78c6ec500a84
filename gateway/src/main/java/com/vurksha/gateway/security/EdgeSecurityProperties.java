package com.vurksha.gateway.security;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Edge security settings.
 *
 * @param jwksUri where the user service publishes the keys that sign access tokens
 * @param issuer the {@code iss} every accepted token must carry (default {@code vurksha-user-service})
 * @param rolesClaim the access-token claim holding the caller's roles (default {@code roles})
 * @param corsAllowedOrigins origin patterns the browser build of the app may call from (default: any port of
 * localhost, for development)
 */
@Validated
@ConfigurationProperties("vurksha.security")
public record EdgeSecurityProperties(@NotNull URI jwksUri, @DefaultValue("vurksha-user-service") String issuer,
		@DefaultValue("roles") String rolesClaim,
		@DefaultValue({ "http://localhost:*", "http://127.0.0.1:*" }) List<String> corsAllowedOrigins) {
}
