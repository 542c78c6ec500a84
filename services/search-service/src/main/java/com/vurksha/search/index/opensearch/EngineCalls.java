package com.vurksha.search.index.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

import com.vurksha.search.index.IndexUnavailable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON requests through the client's generic API, for the bodies the index keeps as data (settings, mappings) or
 * builds as trees (queries, aggregations). An answer of 400 or more, other than the statuses a call accepts, and any
 * transport failure become {@link IndexUnavailable}.
 */
final class EngineCalls {

	private final OpenSearchGenericClient client;

	private final JsonMapper json;

	EngineCalls(OpenSearchGenericClient client, JsonMapper json) {
		this.client = client;
		this.json = json;
	}

	/** The answer's body, or a missing node for an accepted error status. */
	JsonNode send(String method, String endpoint, String body, Map<String, String> query, int... accepted) {
		Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(endpoint).query(query);
		if (body != null) {
			request.body(Body.from(body.getBytes(StandardCharsets.UTF_8), "application/json"));
		}
		try (Response response = client.execute(request.build())) {
			int status = response.getStatus();
			String text = response.getBody().map(Body::bodyAsString).orElse("");
			if (status >= 400) {
				for (int ok : accepted) {
					if (status == ok) {
						return json.missingNode();
					}
				}
				throw new IndexUnavailable(method + " " + endpoint + " answered " + status + ": " + abbreviate(text));
			}
			return text.isEmpty() ? json.missingNode() : json.readTree(text);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof IndexUnavailable unavailable) {
				throw unavailable;
			}
			throw new IndexUnavailable(method + " " + endpoint + " failed: " + ex.getMessage(), ex);
		}
	}

	JsonNode send(String method, String endpoint, String body, int... accepted) {
		return send(method, endpoint, body, Map.of(), accepted);
	}

	/**
	 * A bulk request: newline-delimited actions and sources. An item refused as a version conflict (a create of a
	 * document written meanwhile) is expected and skipped; any other refused item fails the call.
	 */
	JsonNode bulk(String ndjson) {
		Requests.JsonBodyBuilder request = Requests.builder()
			.method("POST")
			.endpoint("/_bulk")
			.body(Body.from(ndjson.getBytes(StandardCharsets.UTF_8), "application/x-ndjson"));
		try (Response response = client.execute(request.build())) {
			String text = response.getBody().map(Body::bodyAsString).orElse("");
			if (response.getStatus() >= 400) {
				throw new IndexUnavailable("Bulk write answered " + response.getStatus() + ": " + abbreviate(text));
			}
			JsonNode answer = json.readTree(text);
			for (JsonNode item : answer.path("items")) {
				int status = item.isEmpty() ? 200 : item.values().iterator().next().path("status").asInt(200);
				if (status >= 400 && status != 409) {
					throw new IndexUnavailable("Bulk write refused an item: " + abbreviate(item.toString()));
				}
			}
			return answer;
		}
		catch (IOException ex) {
			throw new IndexUnavailable("Bulk write failed: " + ex.getMessage(), ex);
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 500) ? text.substring(0, 500) + "…" : text;
	}
}
