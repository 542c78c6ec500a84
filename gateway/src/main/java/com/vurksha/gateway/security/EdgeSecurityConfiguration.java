package com.vurksha.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import com.vurksha.platform.security.RememberedTokens;

/**
 * Checks access tokens at the edge so that forged or expired tokens never reach a service (each service checks
 * again). Any presented token must be valid, even on public paths; admin paths need the ADMIN role and the rider
 * app's paths the RIDER role; a customer's profile, devices, cart, orders, payments, notifications, "buy again"
 * recommendations, uploads
 * and review writing need a signed-in caller, while reading reviews stays public; provider webhooks carry their own signature
 * instead of a token. Everything else is decided by the service that owns it.
 */
@Configuration(proxyBeanMethods = false)
class EdgeSecurityConfiguration {

	@Bean
	SecurityFilterChain edgeSecurity(HttpSecurity http, EdgeSecurityProperties properties) throws Exception {
		EnvelopeSecurityHandlers handlers = new EnvelopeSecurityHandlers();
		JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
		authentication.setJwtGrantedAuthoritiesConverter(new RoleClaims(properties.rolesClaim()));
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.cors(cors -> cors.configurationSource(corsConfigurationSource(properties)))
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/v1/rider", "/api/v1/rider/**")
				.hasRole("RIDER")
				.requestMatchers("/api/v1/payments/webhooks/**")
				.permitAll()
				.requestMatchers("/api/v1/users/**", "/api/v1/cart", "/api/v1/cart/**", "/api/v1/orders",
						"/api/v1/orders/**", "/api/v1/payments", "/api/v1/payments/**", "/api/v1/dev/**",
						"/api/v1/notifications", "/api/v1/notifications/**", "/api/v1/recommendations/**",
						"/api/v1/files", "/api/v1/files/**")
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/api/v1/products/*/reviews")
				.authenticated()
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer(resourceServer -> resourceServer
				.jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
				.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers));
		return http.build();
	}

	@Bean
	JwtDecoder jwtDecoder(EdgeSecurityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwksUri().toString())
			.jwsAlgorithms(algorithms -> algorithms.addAll(List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256)))
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
		// a customer's token is verified once, not on each of their requests
		return new RememberedTokens(decoder, Clock.systemUTC());
	}

	private static CorsConfigurationSource corsConfigurationSource(EdgeSecurityProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(properties.corsAllowedOrigins());
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of("*"));
		cors.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "X-RateLimit-Remaining", "ETag"));
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}
}
