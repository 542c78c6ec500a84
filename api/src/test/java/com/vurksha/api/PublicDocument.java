package com.vurksha.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Merges the services' API documents into the one public document the app is built against: every path once,
 * paths and schemas in alphabetical order, a schema two services name alike but define differently renamed after
 * its service ({@code OrderItemView}). Operation ids are the code's own ({@code @Operation(operationId = …)}): they
 * name the generated clients' methods, so two services naming an operation alike is refused, never renamed here.
 */
final class PublicDocument {

	private static final String SCHEMA_REF = "#/components/schemas/";

	private PublicDocument() {
	}

	/** The services' documents, by service short name (user, product, …), in a fixed order. */
	static ObjectNode merge(Map<String, JsonNode> services) {
		Map<String, ObjectNode> documents = new LinkedHashMap<>();
		services.forEach((service, document) -> documents.put(service, (ObjectNode) document.deepCopy()));
		renameClashingSchemas(documents);
		refuseClashingOperationIds(documents);

		JsonNodeFactory nodes = JsonNodeFactory.instance;
		ObjectNode merged = nodes.objectNode();
		JsonNode first = documents.values().iterator().next();
		merged.put("openapi", first.get("openapi").asString());
		ObjectNode info = merged.putObject("info");
		info.put("title", "Vurksha API");
		info.put("description", "The public API of the Vurksha app, all services behind the gateway, merged from each "
				+ "service's document. Every answer is the envelope {success, data, meta[, pagination]} or "
				+ "{success: false, error, meta}; each operation lists the error codes it can answer "
				+ "(x-error-codes and its description). Changes are recorded in docs/api-changelog.md.");
		info.put("version", first.get("info").get("version").asString());
		merged.set("servers", first.get("servers"));
		Map<String, JsonNode> tags = new TreeMap<>();
		Map<String, JsonNode> paths = new TreeMap<>();
		Map<String, JsonNode> schemas = new TreeMap<>();
		Map<String, JsonNode> securitySchemes = new TreeMap<>();
		documents.forEach((service, document) -> {
			document.path("tags").forEach(tag -> tags.putIfAbsent(tag.get("name").asString(), tag));
			document.path("paths").properties().forEach(path -> {
				if (paths.putIfAbsent(path.getKey(), path.getValue()) != null) {
					throw new IllegalStateException("Two services describe " + path.getKey());
				}
				path.getValue().properties().forEach(operation -> operation.getValue().path("tags").forEach(tag ->
						tags.putIfAbsent(tag.asString(), nodes.objectNode().put("name", tag.asString()))));
			});
			document.path("components").path("schemas").properties()
				.forEach(schema -> schemas.putIfAbsent(schema.getKey(), schema.getValue()));
			document.path("components").path("securitySchemes").properties()
				.forEach(scheme -> securitySchemes.putIfAbsent(scheme.getKey(), scheme.getValue()));
		});
		ArrayNode tagList = merged.putArray("tags");
		tags.values().forEach(tagList::add);
		ObjectNode pathNode = merged.putObject("paths");
		paths.forEach(pathNode::set);
		ObjectNode components = merged.putObject("components");
		ObjectNode schemaNode = components.putObject("schemas");
		schemas.forEach(schemaNode::set);
		ObjectNode schemeNode = components.putObject("securitySchemes");
		securitySchemes.forEach(schemeNode::set);
		return merged;
	}

	private static void renameClashingSchemas(Map<String, ObjectNode> documents) {
		Map<String, List<JsonNode>> definitions = new HashMap<>();
		documents.values().forEach(document -> document.path("components").path("schemas").properties()
			.forEach(schema -> {
				List<JsonNode> seen = definitions.computeIfAbsent(schema.getKey(), name -> new ArrayList<>());
				if (!seen.contains(schema.getValue())) {
					seen.add(schema.getValue());
				}
			}));
		documents.forEach((service, document) -> {
			Map<String, String> renames = new HashMap<>();
			document.path("components").path("schemas").propertyNames().forEach(name -> {
				if (definitions.get(name).size() > 1) {
					renames.put(name, capitalised(service) + name);
				}
			});
			if (renames.isEmpty()) {
				return;
			}
			ObjectNode schemas = (ObjectNode) document.get("components").get("schemas");
			ObjectNode renamed = JsonNodeFactory.instance.objectNode();
			schemas.properties().forEach(schema -> renamed.set(renames.getOrDefault(schema.getKey(), schema.getKey()),
					schema.getValue()));
			((ObjectNode) document.get("components")).set("schemas", renamed);
			rewriteRefs(document, renames);
		});
	}

	private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
		if (node instanceof ObjectNode object) {
			JsonNode ref = object.get("$ref");
			if (ref != null && ref.isString() && ref.asString().startsWith(SCHEMA_REF)) {
				String name = ref.asString().substring(SCHEMA_REF.length());
				if (renames.containsKey(name)) {
					object.set("$ref", StringNode.valueOf(SCHEMA_REF + renames.get(name)));
				}
			}
			object.values().forEach(child -> rewriteRefs(child, renames));
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(child -> rewriteRefs(child, renames));
		}
	}

	private static void refuseClashingOperationIds(Map<String, ObjectNode> documents) {
		Map<String, String> owners = new HashMap<>();
		documents.forEach((service, document) -> operations(document).forEach(operation -> {
			String id = operation.path("operationId").asString("");
			String other = owners.putIfAbsent(id, service);
			if (other != null) {
				throw new IllegalStateException("The " + other + " and " + service + " services both name an operation "
						+ id + "; give one of them another @Operation(operationId)");
			}
		}));
	}

	/** Every operation of a document (an object under a path with responses), in document order. */
	static List<ObjectNode> operations(JsonNode document) {
		List<ObjectNode> operations = new ArrayList<>();
		document.path("paths").values().forEach(item -> item.properties().forEach(entry -> {
			if (entry.getValue() instanceof ObjectNode operation && operation.has("responses")) {
				operations.add(operation);
			}
		}));
		return operations;
	}

	private static String capitalised(String name) {
		return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}
}
