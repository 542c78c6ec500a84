package com.vurksha.platform.request;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/** Accepts or generates the request id, echoes it on the response and keeps it in the MDC while the request runs. */
public class RequestIdFilter extends OncePerRequestFilter {

	static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = requestId(request);
		MDC.put(RequestIds.MDC_KEY, requestId);
		response.setHeader(RequestIds.HEADER, requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(RequestIds.MDC_KEY);
		}
	}

	/** An error dispatch of the same request keeps the id already given out, so logs and answer agree. */
	private static String requestId(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof String existing) {
			return existing;
		}
		String incoming = request.getHeader(RequestIds.HEADER);
		String requestId = RequestIds.isAcceptable(incoming) ? incoming : RequestIds.generate();
		request.setAttribute(ATTRIBUTE, requestId);
		return requestId;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}
}
