package com.vurksha.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint deprecated: every answer carries {@code Deprecation} (RFC 9745, the date it was deprecated) and
 * {@code Sunset} (RFC 8594, the date it may stop working) headers, and a {@code Link} to the changelog entry; the API
 * document marks the operation {@code deprecated} and states both dates. Record the deprecation in
 * {@code docs/api-changelog.md}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ApiDeprecation {

	/** When it was deprecated, ISO date ({@code 2026-12-04}). */
	String since();

	/** From when it may stop working, ISO date; at least six months after {@link #since()} for the app to update. */
	String sunset();

	/** Where the replacement is described (default: the changelog). */
	String link() default "/docs/api-changelog.md";
}
