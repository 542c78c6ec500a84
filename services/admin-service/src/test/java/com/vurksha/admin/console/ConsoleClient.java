package com.vurksha.admin.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the console's server cares: it keeps the cookies it is given (over plain HTTP, as a browser
 * does for localhost), follows no redirects on its own, and finds the CSRF token in the page it last loaded.
 */
final class ConsoleClient {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrf;

	ConsoleClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** Posts a form with the CSRF token of the last page loaded. */
	HttpResponse<String> post(String path, Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (csrf != null) {
			fields.put("_csrf", csrf);
		}
		return postWithout(path, fields);
	}

	/** Posts a form exactly as given: no CSRF token unless it is in the form. */
	HttpResponse<String> postWithout(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Posts as htmx does: an empty body, the CSRF token in its header (as console.js sets it). */
	HttpResponse<String> htmxPost(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("HX-Request", "true")
			.POST(HttpRequest.BodyPublishers.noBody());
		if (csrf != null) {
			request.header("X-CSRF-TOKEN", csrf);
		}
		return send(request);
	}

	/** Loads a page as htmx does. */
	HttpResponse<String> htmxGet(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("HX-Request", "true").GET());
	}

	/** Posts a multipart form with one file and the CSRF token. */
	HttpResponse<String> upload(String path, String field, String filename, String contentType, byte[] bytes) {
		String boundary = "----console" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, bytes, tail))));
	}

	/** Follows a redirect the last answer gave. */
	HttpResponse<String> follow(HttpResponse<String> redirect) {
		String location = redirect.headers().firstValue("Location").orElseThrow();
		return get(location.startsWith("http") ? URI.create(location).getRawPath()
				+ (URI.create(location).getRawQuery() != null ? "?" + URI.create(location).getRawQuery() : "")
				: location);
	}

	String cookie(String name) {
		return cookies.get(name);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String set : response.headers().allValues("Set-Cookie")) {
				String pair = set.split(";", 2)[0];
				String[] parts = pair.split("=", 2);
				if (parts[1].isEmpty() || set.contains("Max-Age=0")) {
					cookies.remove(parts[0]);
				}
				else {
					cookies.put(parts[0], parts[1]);
				}
			}
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				csrf = token.group(1);
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
