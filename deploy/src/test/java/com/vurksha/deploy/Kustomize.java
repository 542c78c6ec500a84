package com.vurksha.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Just enough of kustomize to render this repository's overlays without the binary: {@code resources} (files and
 * directories), {@code namespace}, {@code images}, and {@code patches} given by {@code path}, either strategic merge
 * (a mapping; lists of named items merge by name) or JSON 6902 (a list of add/replace/remove operations), aimed by
 * {@code target} (kind, name) or by the patch's own kind and name. Anything else in a kustomization is reported by
 * {@link #problems(Path)} rather than silently ignored. {@code KustomizeTests} compares the result with
 * {@code kubectl kustomize} when that is installed.
 */
final class Kustomize {

	static final Set<String> KUSTOMIZATION_FIELDS = Set.of("apiVersion", "kind", "namespace", "resources", "images",
			"patches");

	static final Set<String> IMAGE_FIELDS = Set.of("name", "newName", "newTag");

	static final Set<String> PATCH_FIELDS = Set.of("path", "target");

	static final Set<String> TARGET_FIELDS = Set.of("kind", "name");

	private Kustomize() {
	}

	static Yaml yaml() {
		return new Yaml(new SafeConstructor(new LoaderOptions()));
	}

	/** Every document of a YAML stream that is not empty. */
	static List<Map<String, Object>> documents(String text) {
		List<Map<String, Object>> docs = new ArrayList<>();
		for (Object doc : yaml().loadAll(text)) {
			if (doc != null) {
				docs.add(asMap(doc));
			}
		}
		return docs;
	}

	static Path kustomizationFile(Path dir) {
		for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
			if (Files.isRegularFile(dir.resolve(name))) {
				return dir.resolve(name);
			}
		}
		throw new IllegalArgumentException("no kustomization in " + dir);
	}

	/** Files a kustomization names that do not exist, and fields this renderer does not understand. */
	static List<String> problems(Path dir) {
		List<String> problems = new ArrayList<>();
		Path file = kustomizationFile(dir);
		Map<String, Object> k = asMap(yaml().load(read(file)));
		unknownKeys(file + "", k, KUSTOMIZATION_FIELDS, problems);
		for (Object resource : list(k.get("resources"))) {
			Path path = dir.resolve(String.valueOf(resource)).normalize();
			if (Files.isDirectory(path)) {
				try {
					problems.addAll(problems(path));
				}
				catch (IllegalArgumentException ex) {
					problems.add(file + ": resource directory " + resource + " has no kustomization");
				}
			}
			else if (!Files.isRegularFile(path)) {
				problems.add(file + ": resource " + resource + " does not exist");
			}
		}
		for (Object entry : list(k.get("patches"))) {
			Map<String, Object> patch = asMap(entry);
			unknownKeys(file + " patch", patch, PATCH_FIELDS, problems);
			if (patch.get("target") != null) {
				unknownKeys(file + " patch target", asMap(patch.get("target")), TARGET_FIELDS, problems);
			}
			if (patch.get("path") == null || !Files.isRegularFile(dir.resolve(String.valueOf(patch.get("path"))))) {
				problems.add(file + ": patch " + patch.get("path") + " does not exist");
			}
		}
		for (Object image : list(k.get("images"))) {
			unknownKeys(file + " image", asMap(image), IMAGE_FIELDS, problems);
		}
		return problems;
	}

	/** The resources a kustomization directory produces. */
	static List<Map<String, Object>> render(Path dir) {
		Map<String, Object> k = asMap(yaml().load(read(kustomizationFile(dir))));
		List<Map<String, Object>> resources = new ArrayList<>();
		for (Object resource : list(k.get("resources"))) {
			Path path = dir.resolve(String.valueOf(resource)).normalize();
			resources.addAll(Files.isDirectory(path) ? render(path) : documents(read(path)));
		}
		for (Object entry : list(k.get("patches"))) {
			Map<String, Object> patch = asMap(entry);
			Object body = yaml().load(read(dir.resolve(String.valueOf(patch.get("path")))));
			Map<String, Object> target = patch.get("target") != null ? asMap(patch.get("target"))
					: Map.of("kind", asMap(body).get("kind"), "name", metadata(asMap(body)).get("name"));
			boolean matched = false;
			for (Map<String, Object> resource : resources) {
				if (target.get("kind") != null && !target.get("kind").equals(resource.get("kind"))) {
					continue;
				}
				if (target.get("name") != null && !target.get("name").equals(metadata(resource).get("name"))) {
					continue;
				}
				matched = true;
				if (body instanceof List<?> operations) {
					operations.forEach(op -> JsonPatch.apply(resource, asMap(op)));
				}
				else {
					Map<String, Object> merge = new LinkedHashMap<>(asMap(body));
					merge.remove("metadata");
					strategicMerge(resource, merge);
				}
			}
			if (!matched) {
				throw new IllegalStateException("patch " + patch.get("path") + " matches nothing");
			}
		}
		for (Object entry : list(k.get("images"))) {
			Map<String, Object> image = asMap(entry);
			resources.forEach(resource -> setImage(resource, image));
		}
		if (k.get("namespace") != null) {
			for (Map<String, Object> resource : resources) {
				if ("Namespace".equals(resource.get("kind"))) {
					continue;
				}
				metadata(resource).put("namespace", k.get("namespace"));
			}
		}
		return resources;
	}

	private static void setImage(Map<String, Object> resource, Map<String, Object> image) {
		Object spec = resource.get("spec");
		if (!(spec instanceof Map<?, ?>)) {
			return;
		}
		Object template = asMap(spec).get("template");
		if (!(template instanceof Map<?, ?>) || !(asMap(template).get("spec") instanceof Map<?, ?>)) {
			return;
		}
		Map<String, Object> podSpec = asMap(asMap(template).get("spec"));
		for (String field : List.of("initContainers", "containers")) {
			for (Object c : list(podSpec.get(field))) {
				Map<String, Object> container = asMap(c);
				String current = String.valueOf(container.get("image"));
				int colon = current.lastIndexOf(':');
				boolean tagged = colon > current.lastIndexOf('/');
				String name = tagged ? current.substring(0, colon) : current;
				if (!name.equals(image.get("name"))) {
					continue;
				}
				String newName = image.get("newName") != null ? String.valueOf(image.get("newName")) : name;
				String tag = image.get("newTag") != null ? String.valueOf(image.get("newTag"))
						: tagged ? current.substring(colon + 1) : null;
				container.put("image", tag == null ? newName : newName + ":" + tag);
			}
		}
	}

	/** Strategic merge as far as these manifests need it: maps merge, lists of named maps merge by name. */
	static void strategicMerge(Map<String, Object> target, Map<String, Object> patch) {
		for (Map.Entry<String, Object> e : patch.entrySet()) {
			Object current = target.get(e.getKey());
			Object value = e.getValue();
			if (value == null) {
				target.remove(e.getKey());
			}
			else if (current instanceof Map<?, ?> && value instanceof Map<?, ?>) {
				strategicMerge(asMap(current), asMap(value));
			}
			else if (current instanceof List<?> currentList && value instanceof List<?> valueList && named(currentList)
					&& named(valueList)) {
				List<Object> merged = new ArrayList<>(currentList);
				for (Object item : valueList) {
					Object name = asMap(item).get("name");
					Map<String, Object> existing = merged.stream().map(Kustomize::asMap)
						.filter(m -> Objects.equals(m.get("name"), name)).findFirst().orElse(null);
					if (existing == null) {
						merged.add(copy(item));
					}
					else {
						strategicMerge(existing, asMap(item));
					}
				}
				target.put(e.getKey(), merged);
			}
			else {
				target.put(e.getKey(), copy(value));
			}
		}
	}

	/** A deep copy, so that one patch applied to several resources leaves them independent. */
	static Object copy(Object o) {
		if (o instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, value) -> copy.put(String.valueOf(key), copy(value)));
			return copy;
		}
		if (o instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach(item -> copy.add(copy(item)));
			return copy;
		}
		return o;
	}

	private static boolean named(List<?> list) {
		return !list.isEmpty() && list.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get("name") != null);
	}

	private static void unknownKeys(String where, Map<String, Object> map, Set<String> known, List<String> problems) {
		map.keySet().stream().filter(key -> !known.contains(key))
			.forEach(key -> problems.add(where + ": unknown or unsupported field '" + key + "'"));
	}

	static Map<String, Object> metadata(Map<String, Object> resource) {
		return asMap(resource.computeIfAbsent("metadata", key -> new LinkedHashMap<>()));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> asMap(Object o) {
		if (!(o instanceof Map<?, ?>)) {
			throw new IllegalArgumentException("expected a mapping but got " + o);
		}
		return (Map<String, Object>) o;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object o) {
		return o == null ? List.of() : (List<Object>) o;
	}

	static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** JSON 6902 add, replace and remove on parsed YAML. */
	static final class JsonPatch {

		private JsonPatch() {
		}

		static void apply(Map<String, Object> document, Map<String, Object> operation) {
			String op = String.valueOf(operation.get("op"));
			String[] tokens = String.valueOf(operation.get("path")).substring(1).split("/");
			Object parent = document;
			for (int i = 0; i < tokens.length - 1; i++) {
				parent = child(parent, unescape(tokens[i]));
				if (parent == null) {
					throw new IllegalStateException("no " + operation.get("path") + " in " + metadata(document));
				}
			}
			String last = unescape(tokens[tokens.length - 1]);
			Object value = copy(operation.get("value"));
			if (parent instanceof Map<?, ?>) {
				Map<String, Object> map = asMap(parent);
				if (!"add".equals(op) && !map.containsKey(last)) {
					throw new IllegalStateException(op + " of missing " + operation.get("path"));
				}
				if ("remove".equals(op)) {
					map.remove(last);
				}
				else {
					map.put(last, value);
				}
			}
			else {
				List<Object> list = list(parent);
				int index = "-".equals(last) ? list.size() : Integer.parseInt(last);
				switch (op) {
					case "add" -> list.add(index, value);
					case "replace" -> list.set(index, value);
					case "remove" -> list.remove(index);
					default -> throw new IllegalArgumentException("unsupported op " + op);
				}
			}
		}

		private static Object child(Object parent, String token) {
			if (parent instanceof Map<?, ?> map) {
				return map.get(token);
			}
			List<Object> list = list(parent);
			int index = Integer.parseInt(token);
			return index < list.size() ? list.get(index) : null;
		}

		private static String unescape(String token) {
			return token.replace("~1", "/").replace("~0", "~");
		}
	}
}
