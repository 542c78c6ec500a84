package com.vurksha.platform.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service verifies access tokens and which paths it serves without one.
 *
 * @param jwksUri where the user service publishes its public keys; not needed when the application defines its
 * own {@code JwtDecoder} bean (as the user service, which signs the tokens, does)
 * @param issuer the {@code iss} every accepted token must carry
 * @param publicPaths paths served without a token, each {@code "/pattern"} or {@code "METHOD /pattern"}
 * @param clockSkew tolerance when checking {@code exp} and {@code nbf} against this machine's clock
 * @param jwksTimeout connect and read timeout when fetching the keys
 * @param audience the {@code aud} a service token must name to call this service's internal endpoints; defaults to
 * {@code spring.application.name}
 * @param internalScopes who may call which internal endpoint, each {@code "METHOD /internal/pattern scope"}: a service
 * token for this audience with that scope; an internal path no entry names is closed
 */
@ConfigurationProperties("vurksha.security")
public record SecurityProperties(URI jwksUri, @DefaultValue("vurksha-user-service") String issuer,
		@DefaultValue List<String> publicPaths, @DefaultValue("30s") Duration clockSkew,
		@DefaultValue("2s") Duration jwksTimeout, String audience, @DefaultValue List<String> internalScopes) {
}
