package com.vurksha.bench;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What an operator does through the admin API before a sale so that the run measures the system rather than an
 * empty shelf or a full van: restock the packs the shoppers buy and open a wide delivery window in every zone. Both
 * are idempotent, so runs can follow each other on the same data.
 */
final class Operator {

	/** The bench window: between the demo windows (09-11 and 17-19), so it overlaps none of them. */
	static final String WINDOW_START = "11:00";

	private static final String WINDOW_END = "17:00";

	/** The most one window may hold; enough for many runs, since placed orders keep their places. */
	private static final int WINDOW_CAPACITY = 10_000;

	private final Api api;

	private final String token;

	Operator(Api api, String token) {
		this.api = api;
		this.token = token;
	}

	/**
	 * Brings every variant's available stock up to at least {@code target} with a RECEIVE movement.
	 *
	 * @return variants that could not be restocked, with the answer
	 */
	List<String> restock(List<Catalogue.Variant> variants, int target) {
		List<String> failures = new ArrayList<>();
		for (Catalogue.Variant variant : variants) {
			Api.Answer stock = api.get("setup", "/api/v1/admin/inventory/" + variant.id(), token);
			if (!stock.ok()) {
				failures.add(variant.id() + " " + stock.status() + " " + stock.errorCode());
				continue;
			}
			int available = stock.body().at("/data/available").asInt();
			if (available < target) {
				Api.Answer received = api.put("setup", "/api/v1/admin/inventory/" + variant.id(), token,
						Api.json(Map.of("delta", target - available, "reason", "RECEIVE", "note", "bench restock")));
				if (!received.ok()) {
					failures.add(variant.id() + " " + received.status() + " " + received.errorCode());
				}
			}
		}
		return failures;
	}

	/**
	 * Adds the bench window to every zone and weekday that does not have it yet.
	 *
	 * @return a line per zone saying what was added or what failed
	 */
	List<String> openBenchWindows() {
		List<String> notes = new ArrayList<>();
		Api.Answer zones = api.get("setup", "/api/v1/admin/delivery/zones", token);
		if (!zones.ok()) {
			notes.add("zones: " + zones.status() + " " + zones.errorCode());
			return notes;
		}
		for (JsonNode zone : zones.body().path("data")) {
			String zoneId = zone.path("id").asString();
			String path = "/api/v1/admin/delivery/zones/" + zoneId + "/templates";
			Api.Answer templates = api.get("setup", path, token);
			List<String> present = new ArrayList<>();
			for (JsonNode template : templates.body().path("data")) {
				if (template.path("start").asString().startsWith(WINDOW_START)) {
					present.add(template.path("weekday").asString());
				}
			}
			int added = 0;
			for (DayOfWeek day : DayOfWeek.values()) {
				if (present.contains(day.name())) {
					continue;
				}
				Api.Answer answer = api.post("setup", path, token, Api.json(Map.of("weekday", day.name(), "start",
						WINDOW_START, "end", WINDOW_END, "capacity", WINDOW_CAPACITY, "cutoffMinutes", 60)));
				if (answer.ok()) {
					added++;
				}
				else {
					notes.add(zoneId + " " + day + ": " + answer.status() + " " + answer.errorCode());
				}
			}
			notes.add(zoneId + ": bench window " + WINDOW_START + "-" + WINDOW_END + " (capacity " + WINDOW_CAPACITY
					+ ") added on " + added + " weekdays, present on " + present.size());
		}
		return notes;
	}
}
