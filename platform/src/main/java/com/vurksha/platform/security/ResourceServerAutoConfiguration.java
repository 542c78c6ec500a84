package com.vurksha.platform.security;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes every servlet service a stateless OAuth2 resource server: bearer JWTs, roles from the {@code roles} claim,
 * {@code /api/<version>/admin/**} for admins only, configured public paths open, everything else signed in. Backs off
 * when the application defines its own {@link SecurityFilterChain}.
 */
@AutoConfiguration(before = { ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerAutoConfiguration {

	/** Every API version's admin paths, so that a new version's admin endpoints are never open by omission. */
	static final String ADMIN_PATHS = "/api/*/admin/**";

	private static final Logger log = LoggerFactory.getLogger(ResourceServerAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain vurkshaSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
			ObjectProvider<JwtDecoder> decoders, ObjectProvider<Clock> clocks) throws Exception {
		JwtDecoder decoder = decoder(properties, decoders, clocks);
		EnvelopeSecurityHandlers handlers = new EnvelopeSecurityHandlers();
		List<RequestMatcher> publicPaths = PublicPaths.matchers(properties.publicPaths());
		http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Admin paths come first so that no public-path entry can open them.
			.authorizeHttpRequests(requests -> requests.requestMatchers(ADMIN_PATHS)
				.hasRole(Role.ADMIN.name())
				.requestMatchers(publicPaths.toArray(RequestMatcher[]::new))
				.permitAll()
				.anyRequest()
				.authenticated())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.oauth2ResourceServer(server -> server.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers)
				.withObjectPostProcessor(failuresAnsweredBy(handlers))
				.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(rolesConverter())));
		return http.build();
	}

	@Bean
	WebMvcConfigurer currentUserResolverConfigurer() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CurrentUserArgumentResolver());
			}
		};
	}

	/**
	 * The bearer-token filter rethrows a failure to check a token (keys unreachable) as a 500; the handlers answer
	 * it as a retryable 503 instead.
	 */
	private static ObjectPostProcessor<BearerTokenAuthenticationFilter> failuresAnsweredBy(
			EnvelopeSecurityHandlers handlers) {
		return new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
			@Override
			public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
				filter.setAuthenticationFailureHandler(handlers);
				return filter;
			}
		};
	}

	/** Roles come from the {@code roles} claim, the user id from {@code sub}. */
	static JwtAuthenticationConverter rolesConverter() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName("roles");
		authorities.setAuthorityPrefix(Role.AUTHORITY_PREFIX);
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		converter.setPrincipalClaimName("sub");
		return converter;
	}

	private static JwtDecoder decoder(SecurityProperties properties, ObjectProvider<JwtDecoder> decoders,
			ObjectProvider<Clock> clocks) {
		JwtDecoder supplied = decoders.getIfUnique();
		if (supplied != null) {
			return supplied;
		}
		if (properties.jwksUri() != null) {
			return JwtDecoders.fromJwks(properties, clocks.getIfUnique(Clock::systemUTC));
		}
		log.warn("Neither vurksha.security.jwks-uri nor a JwtDecoder bean is configured: every bearer token is refused");
		return JwtDecoders.refusingAll();
	}
}
