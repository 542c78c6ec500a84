package com.vurksha.admin.console;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.vurksha.platform.request.RequestIds;

/**
 * One {@link RestClient} per owning service, with short timeouts. Every answer comes back as it is, refusals
 * included (the console shows them); only a service that cannot be reached or does not answer in time raises
 * {@link OwnerUnavailable}. Nothing is retried: an operator's action is sent once, and the operator sees what
 * happened.
 */
@Component
class OwningServices {

	private final Map<Owner, RestClient> clients = new EnumMap<>(Owner.class);

	private final JsonMapper json;

	OwningServices(OwnerUrls urls, ConsoleProperties properties, RestClient.Builder builder, JsonMapper json) {
		this.json = json;
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withTimeouts(properties.connectTimeout(), properties.readTimeout());
		for (Owner owner : Owner.values()) {
			if (urls.of(owner) != null) {
				clients.put(owner, builder.clone()
					.baseUrl(urls.of(owner).toString())
					.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
						.withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1))
						.build(settings))
					.build());
			}
		}
	}

	/** Sends one request with the operator's token and answers what came back; the path is a URI template. */
	Answer call(Owner owner, HttpMethod method, String path, Object body, String token, Object... variables) {
		return call(owner, method, path, body, token, Map.of(), variables);
	}

	/** As {@link #call(Owner, HttpMethod, String, Object, String, Object...)}, with more headers. */
	Answer call(Owner owner, HttpMethod method, String path, Object body, String token, Map<String, String> extra,
			Object... variables) {
		RestClient client = clients.get(owner);
		if (client == null) {
			throw new OwnerUnavailable(owner, null);
		}
		try {
			RestClient.RequestBodySpec request = client.method(method).uri(path, variables).headers(headers -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
				String requestId = RequestIds.current();
				if (requestId != null) {
					headers.set(RequestIds.HEADER, requestId);
				}
				headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
				extra.forEach(headers::set);
			});
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).body(body);
			}
			return request.exchange((req, res) -> new Answer(owner, res.getStatusCode().value(),
					parse(res.getBody().readAllBytes(), res.getHeaders())), true);
		}
		catch (ResourceAccessException ex) {
			throw new OwnerUnavailable(owner, ex);
		}
	}

	/** Sends bytes to a presigned storage URL (not an owning service's API, so no token goes with them). */
	int put(Owner owner, String url, Map<String, String> headers, byte[] bytes) {
		try {
			RestClient client = clients.get(owner);
			return client.put()
				.uri(java.net.URI.create(url))
				.headers(h -> headers.forEach(h::set))
				.body(bytes)
				.exchange((req, res) -> res.getStatusCode().value(), true);
		}
		catch (ResourceAccessException ex) {
			throw new OwnerUnavailable(owner, ex);
		}
	}

	private JsonNode parse(byte[] bytes, HttpHeaders headers) throws IOException {
		if (bytes.length == 0 || headers.getContentType() == null
				|| !headers.getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)) {
			return null;
		}
		try {
			return json.readTree(bytes);
		}
		catch (JacksonException ex) {
			return null;
		}
	}
}
