package com.vurksha.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.web.servlet.function.RequestPredicates.GET;
import static org.springframework.web.servlet.function.RequestPredicates.HEAD;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.RequestHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchangeHandlerFunction;
import org.springframework.cloud.gateway.server.mvc.handler.RestClientProxyExchange;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import com.vurksha.gateway.routing.RoutesProperties.Downstream;
import com.vurksha.platform.http.ServiceClients;
import com.vurksha.platform.http.ServiceTokens;

/**
 * The routing table. Each service has its own HTTP client (so its own read timeout) and its own circuit breaker
 * (so one dead service cannot slow the calls to another). The services' OpenAPI documents are exposed under
 * {@code /v3/api-docs/<service>} for the gateway's Swagger UI. Searches the search service fails are answered from
 * the product service ({@link SearchFallback}). The file service's public images are read under {@code /cdn/**}
 * (GET and HEAD only), where a CDN in front of the gateway caches them. The operator console, {@code /admin/**}, goes
 * to the admin service with its session cookie; the admin service checks the session and CSRF tokens itself. A
 * service configured with several instances is balanced by the gateway itself ({@link BalancingInterceptor}, with
 * {@link InstanceHealthChecks}).
 */
@Configuration(proxyBeanMethods = false)
class GatewayRoutes {

	/** The profile of {@code make run}, the only one in which the local payment simulator is routed. */
	static final String LOCAL_PROFILE = "local";

	@Bean
	BalancedServices balancedServices(RoutesProperties routes, MeterRegistry meters) {
		return new BalancedServices(routes.byName(), meters);
	}

	@Bean
	InstanceHealthChecks instanceHealthChecks(BalancedServices balanced, RoutesProperties routes) {
		return new InstanceHealthChecks(balanced.all(), routes.healthCheck());
	}

	@Bean
	ProxyHandlers proxyHandlers(RoutesProperties routes, GatewayMvcProperties gateway, BalancedServices balanced,
			MeterRegistry meters, ObjectProvider<RestClient.Builder> clients,
			ObjectProvider<RequestHttpHeadersFilter> requestFilters,
			ObjectProvider<ResponseHttpHeadersFilter> responseFilters) {
		return new ProxyHandlers((name, downstream) -> {
			RestClient.Builder client = clients.getObject();
			balanced.of(name)
				.ifPresent(instances -> client.requestInterceptor(new BalancingInterceptor(instances, meters)));
			return handler(routes, downstream, gateway, client, requestFilters, responseFilters);
		});
	}

	@Bean
	RouterFunction<ServerResponse> serviceRoutes(RoutesProperties routes, ProxyHandlers handlers,
			CircuitBreakerRegistry breakers, Environment environment, ObjectProvider<ServiceClients> clients,
			ObjectProvider<ServiceTokens> tokens, BalancedServices balanced, MeterRegistry meters) {
		// the product service's database search, for searches the search service cannot answer; it needs the
		// gateway's own service token (vurksha.service-identity.*), without which a failed search answers empty
		ServiceClients serviceClients = clients.getIfAvailable();
		RestClient productSearch = null;
		if (tokens.getIfAvailable() != null && serviceClients != null) {
			RestClient client = serviceClients.create("product-search", routes.product().addresses().get(0).toString());
			productSearch = balanced.of("product")
				.map(instances -> client.mutate()
					.requestInterceptor(new BalancingInterceptor(instances, meters))
					.build())
				.orElse(client);
		}
		Routes table = new Routes(handlers, breakers, productSearch);
		RequestPredicate payments = path("/api/v1/payments/**").or(path("/api/v1/payments"));
		if (environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
			// the payment simulator's "customer paid" buttons exist only in the local profile, here and in the service
			payments = payments.or(path("/api/v1/dev/**"));
		}
		// Routes are tried in order: the notification service's paths under /api/v1/users/me, and the search service's
		// under /api/v1/products, must come before the user and product services' wider patterns.
		return table.service("search", routes.search(),
				path("/api/v1/search/**").or(path("/api/v1/products/{id}/recommendations"))
					.or(path("/api/v1/recommendations/**"))
					.or(path("/api/v1/admin/search/**")))
			.and(table.service("notification", routes.notification(),
				path("/api/v1/notifications/**").or(path("/api/v1/notifications"))
					.or(path("/api/v1/users/me/devices/**"))
					.or(path("/api/v1/users/me/devices"))
					.or(path("/api/v1/users/me/notification-preferences"))
					.or(path("/api/v1/admin/notifications/**"))))
			.and(table.service("user", routes.user(),
					path("/api/v1/auth/**").or(path("/api/v1/users/**")).or(path("/.well-known/jwks.json"))))
			.and(table.service("product", routes.product(),
					path("/api/v1/categories/**").or(path("/api/v1/products/**"))
						.or(path("/api/v1/farms/**"))
						.or(path("/api/v1/admin/products/**"))
						.or(path("/api/v1/admin/inventory/**"))
						.or(path("/api/v1/admin/categories/**"))
						.or(path("/api/v1/admin/farms/**"))
						.or(path("/api/v1/admin/reviews/**"))))
			.and(table.service("cart", routes.cart(), path("/api/v1/cart/**").or(path("/api/v1/cart"))))
			.and(table.service("order", routes.order(),
					path("/api/v1/orders/**").or(path("/api/v1/orders"))
						.or(path("/api/v1/admin/orders/**"))
						.or(path("/api/v1/admin/coupons/**"))))
			.and(table.service("payment", routes.payment(), payments))
			.and(table.service("delivery", routes.delivery(),
					path("/api/v1/delivery/**").or(path("/api/v1/admin/delivery/**"))
						.or(path("/api/v1/rider/**"))
						.or(path("/api/v1/admin/riders/**"))
						.or(path("/api/v1/admin/riders"))
						.or(path("/api/v1/admin/deliveries/**"))
						.or(path("/api/v1/admin/deliveries"))))
			.and(table.service("file", routes.file(),
					path("/api/v1/files/**").or(path("/api/v1/files")).or(GET("/cdn/**")).or(HEAD("/cdn/**"))))
			.and(table.service("admin", routes.admin(),
					path("/api/v1/admin/reports/**").or(path("/api/v1/admin/audit"))
						.or(path("/admin"))
						.or(path("/admin/**"))));
	}

	/** Builds one service's routes: its API paths and its OpenAPI document, behind its own client and breaker. */
	private record Routes(ProxyHandlers handlers, CircuitBreakerRegistry breakers, RestClient productSearch) {

		RouterFunction<ServerResponse> service(String name, Downstream downstream, RequestPredicate paths) {
			ProxyExchangeHandlerFunction handler = handlers.create(name, downstream);
			// with several instances this is the first one; the balancing client sends each call to the one it picks
			URI address = downstream.addresses().get(0);
			HandlerFilterFunction<ServerResponse, ServerResponse> guard = new DownstreamGuard(
					breakers.circuitBreaker(name + "-service"), name + " service");
			if ("search".equals(name)) {
				guard = new SearchFallback(guard, productSearch);
			}
			return route(name + "-service").route(paths, handler)
				.before(uri(address))
				.filter(guard)
				.build()
				.and(route(name + "-service-docs").GET("/v3/api-docs/" + name, handler)
					.before(uri(address))
					.before(setPath("/v3/api-docs"))
					.filter(guard)
					.build());
		}
	}

	/**
	 * Makes one proxy handler per service and passes them the context-refreshed event they set themselves up on,
	 * which they would only get as beans of their own.
	 */
	static final class ProxyHandlers implements ApplicationListener<ContextRefreshedEvent> {

		private final BiFunction<String, Downstream, ProxyExchangeHandlerFunction> factory;

		private final List<ProxyExchangeHandlerFunction> created = new CopyOnWriteArrayList<>();

		ProxyHandlers(BiFunction<String, Downstream, ProxyExchangeHandlerFunction> factory) {
			this.factory = factory;
		}

		ProxyExchangeHandlerFunction create(String name, Downstream downstream) {
			ProxyExchangeHandlerFunction handler = factory.apply(name, downstream);
			created.add(handler);
			return handler;
		}

		@Override
		public void onApplicationEvent(ContextRefreshedEvent event) {
			created.forEach(handler -> handler.onApplicationEvent(event));
		}
	}

	private static ProxyExchangeHandlerFunction handler(RoutesProperties routes, Downstream downstream,
			GatewayMvcProperties gateway, RestClient.Builder client,
			ObjectProvider<RequestHttpHeadersFilter> requestFilters,
			ObjectProvider<ResponseHttpHeadersFilter> responseFilters) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(routes.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
		requestFactory.setReadTimeout(downstream.readTimeout());
		RestClient restClient = client.requestFactory(requestFactory).build();
		return new ProxyExchangeHandlerFunction(new RestClientProxyExchange(restClient, gateway), requestFilters,
				responseFilters);
	}
}
