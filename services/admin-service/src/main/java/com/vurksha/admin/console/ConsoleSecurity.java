package com.vurksha.admin.console;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.vurksha.platform.security.Role;

/**
 * The console's own security, ahead of the platform's bearer-token chain and only for {@code /admin/**}: operators
 * signed in through a session (cookie settings in {@code server.servlet.session.cookie}), CSRF tokens on every
 * state-changing request, and a Content-Security-Policy that lets pages load scripts, styles and data from the
 * console alone (pictures also from the CDN).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

	static final String SIGN_IN = "/admin/sign-in";

	/** Where the signed-in operator is kept between requests: the session (never a token in the browser). */
	static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

	/** The CSRF tokens, one per session; the sign-in replaces it. */
	static final CsrfTokenRepository CSRF_TOKENS = new HttpSessionCsrfTokenRepository();

	@Bean
	@Order(1)
	SecurityFilterChain consoleSecurityFilterChain(HttpSecurity http, ConsoleProperties properties) throws Exception {
		http.securityMatcher("/admin/**", "/admin")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(SIGN_IN, SIGN_IN + "/**", "/admin/static/**", "/admin/webjars/**")
				.permitAll()
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS))
			.securityContext(context -> context.securityContextRepository(CONTEXTS))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy(properties)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frames -> frames.deny()))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new ToSignIn()))
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable);
		return http.build();
	}

	static String policy(ConsoleProperties properties) {
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: "
				+ properties.cdnOrigin()
				+ "; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
	}

	/** Someone not signed in goes to the sign-in page; an htmx request is told to load it instead of swapping. */
	private static final class ToSignIn implements AuthenticationEntryPoint {

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException failure) throws IOException {
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", SIGN_IN);
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
				return;
			}
			response.sendRedirect(SIGN_IN);
		}
	}
}
