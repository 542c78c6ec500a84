package com.vurksha.platform.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
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
 * {@code /internal/**} for service tokens of this audience with the scope its rule names (see {@link InternalScopes}),
 * {@code /api/<version>/admin/**} for admins only, configured public paths open, everything else for signed-in users
 * (a service token is no user). Backs off when the application defines its own {@link SecurityFilterChain}, unless
 * the application's chains cover only some paths and say so with {@code vurksha.security.api-chain-beside-own=true}
 * (the admin service's console, with sessions and CSRF, under {@code /admin/**}): this chain then answers every
 * request theirs do not claim, so they need a {@code securityMatcher} and an earlier {@code @Order}.
 */
@AutoConfiguration(before = { ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerAutoConfiguration {

	/** Every API version's admin paths, so that a new version's admin endpoints are never open by omission. */
	static final String ADMIN_PATHS = "/api/*/admin/**";

	private static final Logger log = LoggerFactory.getLogger(ResourceServerAutoConfiguration.class);

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	@Conditional(ApiChainWanted.class)
	SecurityFilterChain vurkshaSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
			TokenVerifier verifier, Environment environment) throws Exception {
		JwtDecoder decoder = verifier.decoder();
		EnvelopeSecurityHandlers handlers = new EnvelopeSecurityHandlers();
		List<RequestMatcher> publicPaths = PublicPaths.matchers(properties.publicPaths());
		String audience = (properties.audience() != null && !properties.audience().isBlank()) ? properties.audience()
				: environment.getProperty("spring.application.name");
		InternalScopes internal = InternalScopes.of(audience, properties.internalScopes());
		http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Internal and admin paths come first so that no public-path entry can open them.
			.authorizeHttpRequests(requests -> requests.requestMatchers(ServiceIdentity.INTERNAL_PATHS)
				.access(internal)
				.requestMatchers(ADMIN_PATHS)
				.hasRole(Role.ADMIN.name())
				.requestMatchers(publicPaths.toArray(RequestMatcher[]::new))
				.permitAll()
				.anyRequest()
				.access(ResourceServerAutoConfiguration::signedInUser))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.oauth2ResourceServer(server -> server.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers)
				.withObjectPostProcessor(failuresAnsweredBy(handlers))
				.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(rolesConverter())));
		return http.build();
	}

	/** No chain of the application's own, or chains of its own that cover only some paths. */
	static final class ApiChainWanted extends AnyNestedCondition {

		ApiChainWanted() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnMissingBean(SecurityFilterChain.class)
		static final class NoChainOfItsOwn {
		}

		@ConditionalOnProperty(name = "vurksha.security.api-chain-beside-own", havingValue = "true")
		static final class BesideItsOwn {
		}
	}

	/** The one token decoder of the service, shared by the bearer-token filter and the customer context. */
	@Bean
	TokenVerifier vurkshaTokenVerifier(SecurityProperties properties, ObjectProvider<JwtDecoder> decoders,
			ObjectProvider<Clock> clocks) {
		Clock clock = clocks.getIfUnique(Clock::systemUTC);
		JwtDecoder decoder = decoder(properties, decoders, clock);
		return new TokenVerifier((decoder instanceof RememberedTokens) ? decoder : new RememberedTokens(decoder, clock));
	}

	@Bean
	WebMvcConfigurer currentUserResolverConfigurer(TokenVerifier verifier) {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CurrentUserArgumentResolver(verifier.decoder()));
			}
		};
	}

	/** A signed-in user: any valid user token, never a service token. */
	private static AuthorizationResult signedInUser(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication current = authentication.get();
		return new AuthorizationDecision(current != null && current.isAuthenticated()
				&& !(current instanceof AnonymousAuthenticationToken) && !InternalScopes.isService(current));
	}

	/** The decoder every token of this service is verified with; it remembers the tokens it has verified. */
	record TokenVerifier(JwtDecoder decoder) {
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

	/**
	 * A user's token: roles from the {@code roles} claim, the user id from {@code sub}. A service token (it has
	 * {@code client_id}): the authority {@value ServiceIdentity#SERVICE_AUTHORITY} and one {@code SCOPE_} authority per
	 * scope, never a role, whatever else it claims.
	 */
	static JwtAuthenticationConverter rolesConverter() {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName("roles");
		roles.setAuthorityPrefix(Role.AUTHORITY_PREFIX);
		JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
		scopes.setAuthoritiesClaimName(ServiceIdentity.SCOPE_CLAIM);
		scopes.setAuthorityPrefix(ServiceIdentity.SCOPE_AUTHORITY_PREFIX);
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(jwt -> {
			if (!jwt.hasClaim(ServiceIdentity.CLIENT_ID_CLAIM)) {
				return roles.convert(jwt);
			}
			List<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(jwt));
			authorities.add(new SimpleGrantedAuthority(ServiceIdentity.SERVICE_AUTHORITY));
			return authorities;
		});
		converter.setPrincipalClaimName("sub");
		return converter;
	}

	private static JwtDecoder decoder(SecurityProperties properties, ObjectProvider<JwtDecoder> decoders,
			Clock clock) {
		JwtDecoder supplied = decoders.getIfUnique();
		if (supplied != null) {
			return supplied;
		}
		if (properties.jwksUri() != null) {
			return JwtDecoders.fromJwks(properties, clock);
		}
		log.warn("Neither vurksha.security.jwks-uri nor a JwtDecoder bean is configured: every bearer token is refused");
		return JwtDecoders.refusingAll();
	}
}
