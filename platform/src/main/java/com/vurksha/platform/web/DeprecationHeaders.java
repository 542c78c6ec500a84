package com.vurksha.platform.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import com.vurksha.platform.api.ApiDeprecation;

/**
 * Puts the {@code Deprecation}, {@code Sunset} and {@code Link} headers on every answer of an endpoint marked
 * {@link ApiDeprecation}, error answers included, so a client sees them whatever it asked.
 */
final class DeprecationHeaders implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			ApiDeprecation deprecation = method.getMethodAnnotation(ApiDeprecation.class);
			if (deprecation != null) {
				response.setHeader("Deprecation", deprecation(deprecation.since()));
				response.setHeader("Sunset", sunset(deprecation.sunset()));
				response.setHeader("Link", "<" + deprecation.link() + ">; rel=\"deprecation\"");
			}
		}
		return true;
	}

	/** RFC 9745: a structured-field date, {@code @} and the seconds since the epoch. */
	static String deprecation(String since) {
		return "@" + LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
	}

	/** RFC 8594: an HTTP date. */
	static String sunset(String sunset) {
		return DateTimeFormatter.RFC_1123_DATE_TIME.format(LocalDate.parse(sunset).atStartOfDay(ZoneOffset.UTC));
	}
}
