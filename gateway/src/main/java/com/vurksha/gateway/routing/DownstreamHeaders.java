package com.vurksha.gateway.routing;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.RequestHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;

import com.vurksha.gateway.client.ClientAddresses;
import com.vurksha.platform.request.RequestIds;

/** Headers the gateway adds to every proxied call and removes from every proxied answer. */
@Configuration(proxyBeanMethods = false)
class DownstreamHeaders {

	/**
	 * The request id is made by the gateway when the app sent none, so it is not among the incoming headers;
	 * services must log the same id. The client address lets the user service apply its per-IP OTP limits.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	RequestHttpHeadersFilter requestIdAndClientAddress(ClientAddresses clientAddresses) {
		return (incoming, request) -> {
			HttpHeaders headers = HttpHeaders.copyOf(incoming);
			String requestId = RequestIds.current();
			if (requestId != null) {
				headers.set(RequestIds.HEADER, requestId);
			}
			headers.set(ClientAddresses.FORWARDED_FOR, clientAddresses.forwardedFor(request.servletRequest()));
			return headers;
		};
	}

	/** The gateway already answers with its request id (the same one); a second copy would duplicate it. */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	ResponseHttpHeadersFilter dropDownstreamRequestId() {
		return (incoming, response) -> {
			HttpHeaders headers = HttpHeaders.copyOf(incoming);
			headers.remove(RequestIds.HEADER);
			return headers;
		};
	}
}
