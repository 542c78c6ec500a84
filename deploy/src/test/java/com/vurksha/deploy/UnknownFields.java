package com.vurksha.deploy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * fabric8 is lenient: a field it does not know lands in the owning object's {@code additionalProperties} instead of
 * failing, and a kind it does not know becomes a {@link GenericKubernetesResource}. This walks the typed tree and
 * reports both, with a path such as {@code spec.template.spec.containers[0].readinesProbe}.
 */
final class UnknownFields {

	private UnknownFields() {
	}

	static List<String> find(HasMetadata resource) {
		List<String> found = new ArrayList<>();
		if (resource instanceof GenericKubernetesResource) {
			found.add("unknown kind " + resource.getKind() + " in " + resource.getApiVersion());
			return found;
		}
		walk(resource, "", found, Collections.newSetFromMap(new IdentityHashMap<>()));
		return found;
	}

	private static void walk(Object node, String path, List<String> found, Set<Object> seen) {
		if (node == null || !seen.add(node)) {
			return;
		}
		if (node instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				walk(item, path + "[" + i++ + "]", found, seen);
			}
			return;
		}
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> walk(value, path + "[" + key + "]", found, seen));
			return;
		}
		if (!node.getClass().getName().startsWith("io.fabric8.")) {
			return;
		}
		for (Method getter : node.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
					|| getter.getDeclaringClass() == Object.class || !getter.getName().startsWith("get")) {
				continue;
			}
			Object value;
			try {
				value = getter.invoke(node);
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				continue;
			}
			if (getter.getName().equals("getAdditionalProperties")) {
				if (value instanceof Map<?, ?> extra) {
					extra.keySet().forEach(key -> found.add("unknown field " + join(path, String.valueOf(key))));
				}
				continue;
			}
			String property = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
			walk(value, join(path, property), found, seen);
		}
	}

	private static String join(String path, String property) {
		return path.isEmpty() ? property : path + "." + property;
	}
}
