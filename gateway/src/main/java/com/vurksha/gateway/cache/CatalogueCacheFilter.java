package com.vurksha.gateway.cache;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Answers repeated public catalogue reads from memory. It runs after the token check and the rate limit, so a
 * presented token is still verified and a cached answer still spends the caller's budget; the answers themselves
 * do not depend on the caller, so one cached answer serves everyone. A matching {@code If-None-Match} gets 304.
 */
class CatalogueCacheFilter extends OncePerRequestFilter {

	private static final Log log = LogFactory.getLog(CatalogueCacheFilter.class);

	private final Cache<String, CachedAnswer> answers;

	private final List<PathPattern> paths;

	private final Duration ttl;

	private final int maximumBodyBytes;

	CatalogueCacheFilter(Cache<String, CachedAnswer> answers, List<PathPattern> paths, Duration ttl,
			int maximumBodyBytes) {
		this.answers = answers;
		this.paths = paths;
		this.ttl = ttl;
		this.maximumBodyBytes = maximumBodyBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return true;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		return paths.stream().noneMatch(pattern -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		CachedAnswer cached = answers.getIfPresent(key);
		if (cached != null) {
			serve(cached, request, response);
			return;
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		keep(key, request, capture);
		capture.copyBodyToResponse();
	}

	private void keep(String key, HttpServletRequest request, ContentCachingResponseWrapper capture) {
		if (capture.getStatus() != HttpStatus.OK.value() || capture.getContentSize() > maximumBodyBytes
				|| capture.getHeader(HttpHeaders.CONTENT_ENCODING) != null) {
			// an encoded body would need its encoding kept and matched against each caller's Accept-Encoding
			return;
		}
		String cacheControl = capture.getHeader(HttpHeaders.CACHE_CONTROL);
		Duration fresh = Freshness.of(cacheControl, request.getHeader(HttpHeaders.AUTHORIZATION) != null);
		if (fresh.isZero()) {
			return;
		}
		answers.put(key, new CachedAnswer(capture.getContentAsByteArray(), capture.getContentType(),
				capture.getHeader(HttpHeaders.ETAG), cacheControl, (fresh.compareTo(ttl) < 0) ? fresh : ttl));
	}

	private static void serve(CachedAnswer cached, HttpServletRequest request, HttpServletResponse response) {
		if (cached.etag() != null) {
			response.setHeader(HttpHeaders.ETAG, cached.etag());
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, cached.cacheControl());
		if (cached.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			return;
		}
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(cached.contentType());
		response.setContentLength(cached.body().length);
		try {
			response.getOutputStream().write(cached.body());
		}
		catch (IOException ex) {
			// the client went away before reading its answer: nothing is wrong on our side
			log.debug("Client went away before its cached answer was written", ex);
		}
	}

	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return (query == null) ? request.getRequestURI() : request.getRequestURI() + '?' + query;
	}
}
