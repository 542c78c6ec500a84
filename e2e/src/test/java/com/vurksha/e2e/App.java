package com.vurksha.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vurksha.client.ApiClient;
import com.vurksha.client.ApiException;
import com.vurksha.client.api.AddressesApi;
import com.vurksha.client.api.CartApi;
import com.vurksha.client.api.CatalogueAdministrationApi;
import com.vurksha.client.api.CatalogueApi;
import com.vurksha.client.api.DeliveryApi;
import com.vurksha.client.api.OrdersApi;
import com.vurksha.client.api.PaymentsApi;
import com.vurksha.client.api.ProfileApi;
import com.vurksha.client.api.SignInApi;
import com.vurksha.client.model.ErrorBody;

/**
 * The app's view of the system through the Java client generated from the API contract ({@code api/openapi.json})
 * at build time: typed requests and typed answers. Answers are read strictly (a field the contract does not
 * describe, a wrong type or an enum value it does not list fails the call), so a contract that no longer says what
 * the system answers fails the journeys, and a contract whose schemas change fails their compilation.
 */
final class App {

	private static final ObjectMapper STRICT = ApiClient.createDefaultObjectMapper()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private final String baseUri;

	private final ApiClient client;

	App(String baseUri) {
		this(baseUri, null);
	}

	private App(String baseUri, String accessToken) {
		this.baseUri = baseUri;
		this.client = new ApiClient(ApiClient.createDefaultHttpClientBuilder().connectTimeout(Duration.ofSeconds(5)),
				STRICT, baseUri);
		this.client.setReadTimeout(Duration.ofSeconds(30));
		if (accessToken != null) {
			this.client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
		}
	}

	/** The same app, sending the access token with every call. */
	App as(String accessToken) {
		return new App(baseUri, accessToken);
	}

	SignInApi signIn() {
		return new SignInApi(client);
	}

	ProfileApi profile() {
		return new ProfileApi(client);
	}

	AddressesApi addresses() {
		return new AddressesApi(client);
	}

	CatalogueApi catalogue() {
		return new CatalogueApi(client);
	}

	CatalogueAdministrationApi catalogueAdministration() {
		return new CatalogueAdministrationApi(client);
	}

	CartApi cart() {
		return new CartApi(client);
	}

	DeliveryApi delivery() {
		return new DeliveryApi(client);
	}

	OrdersApi orders() {
		return new OrdersApi(client);
	}

	PaymentsApi payments() {
		return new PaymentsApi(client);
	}

	/** The error envelope of a refused call, read as strictly as any answer. */
	static ErrorBody error(ApiException refused) {
		try {
			return STRICT.readValue(refused.getResponseBody(), ErrorBody.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("not the error envelope: " + refused.getResponseBody(), ex);
		}
	}

	/** Runs a call that must succeed, for steps inside conditions and helpers that cannot throw checked exceptions. */
	static <T> T call(Call<T> call) {
		try {
			return call.run();
		}
		catch (ApiException ex) {
			throw new AssertionError(ex.getMessage(), ex);
		}
	}

	/** One call through the generated client. */
	@FunctionalInterface
	interface Call<T> {

		T run() throws ApiException;

	}
}
