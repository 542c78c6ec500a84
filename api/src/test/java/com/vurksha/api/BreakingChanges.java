package com.vurksha.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * The breaking changes from one version of the public document to the next under {@code /api/v1}, as
 * {@code "METHOD /path"}: an operation removed, or changed so that an existing client may fail (a required input
 * added, an answer's field removed or retyped, …), as openapi-diff judges it. Each needs an entry in
 * {@code docs/api-changelog.md} that names it so.
 */
final class BreakingChanges {

	static final String PREFIX = "/api/v1/";

	private BreakingChanges() {
	}

	static List<String> between(String before, String after) {
		ChangedOpenApi diff = OpenApiCompare.fromContents(before, after);
		List<String> broken = new ArrayList<>();
		diff.getMissingEndpoints().stream()
			.filter(endpoint -> endpoint.getPathUrl().startsWith(PREFIX))
			.forEach(endpoint -> broken.add(name(endpoint.getMethod().name(), endpoint.getPathUrl())));
		diff.getChangedOperations().stream()
			.filter(operation -> operation.getPathUrl().startsWith(PREFIX) && operation.isIncompatible())
			.forEach(operation -> broken.add(name(operation.getHttpMethod().name(), operation.getPathUrl())));
		return broken.stream().distinct().sorted().toList();
	}

	/** The breaking changes the changelog does not name (as {@code `METHOD /path`}). */
	static List<String> unrecorded(List<String> broken, String changelog) {
		return broken.stream().filter(change -> !changelog.contains("`" + change + "`")).toList();
	}

	private static String name(String method, String path) {
		return method.toUpperCase(Locale.ROOT) + " " + path;
	}
}
