package com.vurksha.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.http.HttpClient;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.RequestHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchangeHandlerFunction;
import org.springframework.cloud.gateway.server.mvc.handler.RestClientProxyExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import com.vurksha.gateway.routing.RoutesProperties.Downstream;

/**
 * The routing table. Each service has its own HTTP client (so its own read timeout) and its own circuit breaker
 * (so one dead service cannot slow the calls to another). The services' OpenAPI documents are exposed under
 * {@code /v3/api-docs/<service>} for the gateway's Swagger UI.
 */
@Configuration(proxyBeanMethods = false)
class GatewayRoutes {

	@Bean
	ProxyExchangeHandlerFunction userServiceHandler(RoutesProperties routes, GatewayMvcProperties gateway,
			ObjectProvider<RestClient.Builder> clients, ObjectProvider<RequestHttpHeadersFilter> requestFilters,
			ObjectProvider<ResponseHttpHeadersFilter> responseFilters) {
		return handler(routes, routes.user(), gateway, clients, requestFilters, responseFilters);
	}

	@Bean
	ProxyExchangeHandlerFunction productServiceHandler(RoutesProperties routes, GatewayMvcProperties gateway,
			ObjectProvider<RestClient.Builder> clients, ObjectProvider<RequestHttpHeadersFilter> requestFilters,
			ObjectProvider<ResponseHttpHeadersFilter> responseFilters) {
		return handler(routes, routes.product(), gateway, clients, requestFilters, responseFilters);
	}

	@Bean
	RouterFunction<ServerResponse> userServiceRoutes(RoutesProperties routes,
			ProxyExchangeHandlerFunction userServiceHandler, CircuitBreakerRegistry breakers) {
		DownstreamGuard guard = new DownstreamGuard(breakers.circuitBreaker("user-service"), "user service");
		return route("user-service")
			.route(path("/api/v1/auth/**").or(path("/api/v1/users/**")).or(path("/.well-known/jwks.json")),
					userServiceHandler)
			.before(uri(routes.user().uri()))
			.filter(guard)
			.build()
			.and(route("user-service-docs").GET("/v3/api-docs/user", userServiceHandler)
				.before(uri(routes.user().uri()))
				.before(setPath("/v3/api-docs"))
				.filter(guard)
				.build());
	}

	@Bean
	RouterFunction<ServerResponse> productServiceRoutes(RoutesProperties routes,
			ProxyExchangeHandlerFunction productServiceHandler, CircuitBreakerRegistry breakers) {
		DownstreamGuard guard = new DownstreamGuard(breakers.circuitBreaker("product-service"), "product service");
		return route("product-service")
			.route(path("/api/v1/categories/**").or(path("/api/v1/products/**"))
				.or(path("/api/v1/farms/**"))
				.or(path("/api/v1/admin/products/**"))
				.or(path("/api/v1/admin/inventory/**"))
				.or(path("/api/v1/admin/categories/**"))
				.or(path("/api/v1/admin/farms/**")), productServiceHandler)
			.before(uri(routes.product().uri()))
			.filter(guard)
			.build()
			.and(route("product-service-docs").GET("/v3/api-docs/product", productServiceHandler)
				.before(uri(routes.product().uri()))
				.before(setPath("/v3/api-docs"))
				.filter(guard)
				.build());
	}

	private static ProxyExchangeHandlerFunction handler(RoutesProperties routes, Downstream downstream,
			GatewayMvcProperties gateway, ObjectProvider<RestClient.Builder> clients,
			ObjectProvider<RequestHttpHeadersFilter> requestFilters,
			ObjectProvider<ResponseHttpHeadersFilter> responseFilters) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(routes.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
		requestFactory.setReadTimeout(downstream.readTimeout());
		RestClient client = clients.getObject().requestFactory(requestFactory).build();
		return new ProxyExchangeHandlerFunction(new RestClientProxyExchange(client, gateway), requestFilters,
				responseFilters);
	}
}
