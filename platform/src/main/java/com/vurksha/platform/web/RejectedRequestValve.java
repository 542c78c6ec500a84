package com.vurksha.platform.web;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.slf4j.MDC;

import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.ErrorResponses;
import com.vurksha.platform.request.RequestIds;

/**
 * Answers with the error envelope a request that Tomcat refused before any application could see it: a path that
 * does not decode or normalise (an encoded NUL, {@code %00}, or a path climbing above the root). Tomcat maps such a
 * request to no context, so neither Spring's error handling nor the servlet error pages run, and the host's error
 * report valve would answer with Tomcat's own HTML page. Runs as an engine valve, ahead of that one.
 */
final class RejectedRequestValve extends ValveBase {

	RejectedRequestValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (request.getContext() != null || !response.isError()) {
			getNext().invoke(request, response);
			return;
		}
		String requestId = RequestIds.generate();
		MDC.put(RequestIds.MDC_KEY, requestId);
		try {
			response.setSuspended(false);
			response.setErrorReported();
			response.setHeader(RequestIds.HEADER, requestId);
			CommonErrorCode code = CommonErrorCode.forStatus(response.getStatus());
			String message = (code == CommonErrorCode.MALFORMED_REQUEST) ? "The request's path is not a valid path"
					: "The request could not be served";
			ErrorResponses.write(response, code, message, null);
		}
		finally {
			MDC.remove(RequestIds.MDC_KEY);
		}
	}
}
