package com.vurksha.platformtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.asm.AnnotationVisitor;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * Checks each endpoint's {@code @ApiErrors} list against the error codes its handler can reach: the codes of the
 * service's {@code ErrorCode} enums (and the platform's {@code CommonErrorCode}) read by the handler, by the methods
 * of the service it calls, and so on through the service's own classes (calls through an interface or a superclass
 * reach every implementation in the service; lambdas are followed). A reachable business code must be listed; a
 * listed business code must be reachable. Platform codes that only the platform raises (idempotency, a missing
 * route) may be listed without being reached, and those the API document adds to every operation by itself
 * (invalid input, missing token, rate limit, outage) need not be listed.
 */
public final class ErrorCodeDeclarations {

	/** The platform codes the API document adds to operations without an {@code @ApiErrors} entry. */
	public static final Set<String> ADDED_BY_THE_DOCUMENT = Set.of("RATE_LIMITED", "INTERNAL_ERROR",
			"SERVICE_UNAVAILABLE", "UNAUTHORIZED", "FORBIDDEN", "VALIDATION_FAILED", "MALFORMED_REQUEST",
			"PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE");

	private static final String ERROR_CODE = "com/vurksha/platform/error/ErrorCode";

	private static final String COMMON_ERROR_CODE = "com/vurksha/platform/error/CommonErrorCode";

	private static final String API_ERRORS = "Lcom/vurksha/platform/error/ApiErrors;";

	private static final String REST_CONTROLLER = "Lorg/springframework/web/bind/annotation/RestController;";

	private static final Set<String> MAPPINGS = Set.of("GetMapping", "PostMapping", "PutMapping", "PatchMapping",
			"DeleteMapping", "RequestMapping")
		.stream()
		.map(name -> "Lorg/springframework/web/bind/annotation/" + name + ";")
		.collect(java.util.stream.Collectors.toSet());

	private final Map<String, Type> types = new HashMap<>();

	private final Set<String> commonCodes;

	private ErrorCodeDeclarations(Path classes, String basePackage, Set<String> commonCodes) {
		this.commonCodes = commonCodes;
		Path root = classes.resolve(basePackage.replace('.', '/'));
		try (Stream<Path> files = Files.walk(root)) {
			files.filter(file -> file.toString().endsWith(".class")).forEach(this::read);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What is wrong with the declarations of the application's endpoints (its package and below), one line per
	 * endpoint, each with the list it should have; empty when all are right.
	 */
	public static List<String> problems(Class<?> application) {
		try {
			Path classes = Paths.get(application.getProtectionDomain().getCodeSource().getLocation().toURI());
			Set<String> common = new TreeSet<>();
			for (Object constant : Class.forName(COMMON_ERROR_CODE.replace('/', '.')).getEnumConstants()) {
				common.add(((Enum<?>) constant).name());
			}
			return new ErrorCodeDeclarations(classes, application.getPackageName(), common).check();
		}
		catch (ReflectiveOperationException | java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> check() {
		Set<String> known = new TreeSet<>(commonCodes);
		types.values().stream().filter(this::isErrorCode).forEach(type -> known.addAll(type.constants));
		List<String> problems = new ArrayList<>();
		new TreeMap<>(types).values().stream().filter(type -> type.controller).forEach(type -> type.methods.values()
			.stream()
			.filter(method -> method.handler)
			.sorted(java.util.Comparator.comparing(method -> method.name))
			.forEach(method -> {
				Set<String> reached = reachable(type.name, method);
				Set<String> declared = new TreeSet<>(method.declared);
				Set<String> missing = new TreeSet<>(reached);
				missing.removeAll(declared);
				missing.removeAll(ADDED_BY_THE_DOCUMENT);
				Set<String> unreachable = new TreeSet<>(declared);
				unreachable.removeAll(reached);
				unreachable.removeAll(commonCodes);
				Set<String> unknown = new TreeSet<>(declared);
				unknown.removeAll(known);
				if (!missing.isEmpty() || !unreachable.isEmpty() || !unknown.isEmpty()) {
					Set<String> should = new TreeSet<>(declared);
					should.addAll(missing);
					should.removeAll(unreachable);
					should.removeAll(unknown);
					problems.add(type.name.substring(type.name.lastIndexOf('/') + 1) + "#" + method.name
							+ ": missing " + missing + ", not reachable " + unreachable + ", unknown " + unknown
							+ "; should be @ApiErrors({" + String.join(", ", should.stream().map(c -> "\"" + c + "\"").toList())
							+ "})");
				}
			}));
		return problems;
	}

	private boolean isErrorCode(Type type) {
		return type.interfaces.contains(ERROR_CODE);
	}

	private boolean isErrorCodeOwner(String owner) {
		if (COMMON_ERROR_CODE.equals(owner)) {
			return true;
		}
		Type type = types.get(owner);
		return type != null && isErrorCode(type);
	}

	private Set<String> reachable(String owner, Method start) {
		Set<String> codes = new TreeSet<>();
		Set<Method> seen = new HashSet<>();
		Deque<Method> todo = new ArrayDeque<>();
		todo.push(start);
		while (!todo.isEmpty()) {
			Method method = todo.pop();
			if (!seen.add(method)) {
				continue;
			}
			method.fields.stream()
				.filter(field -> isErrorCodeOwner(field.owner) && field.desc.equals("L" + field.owner + ";"))
				.forEach(field -> codes.add(field.name));
			for (Ref call : method.calls) {
				targets(call).forEach(todo::push);
			}
		}
		return codes;
	}

	/** The method a call names (or the one it inherits) and every override of it in the service's classes. */
	private List<Method> targets(Ref call) {
		List<Method> found = new ArrayList<>();
		if (!types.containsKey(call.owner)) {
			return found;
		}
		String key = call.name + call.desc;
		for (String owner = call.owner; owner != null && types.containsKey(owner); owner = types.get(owner).superName) {
			Method method = types.get(owner).methods.get(key);
			if (method != null) {
				found.add(method);
				break;
			}
		}
		types.values().stream()
			.filter(type -> !type.name.equals(call.owner) && isSubtype(type, call.owner))
			.map(type -> type.methods.get(key))
			.filter(java.util.Objects::nonNull)
			.forEach(found::add);
		return found;
	}

	private boolean isSubtype(Type type, String ancestor) {
		Set<String> seen = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>();
		todo.push(type.name);
		while (!todo.isEmpty()) {
			Type current = types.get(todo.pop());
			if (current == null || !seen.add(current.name)) {
				continue;
			}
			if (ancestor.equals(current.superName) || current.interfaces.contains(ancestor)) {
				return true;
			}
			if (current.superName != null) {
				todo.push(current.superName);
			}
			current.interfaces.forEach(todo::push);
		}
		return false;
	}

	private void read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			new ClassReader(in).accept(new TypeReader(), ClassReader.SKIP_FRAMES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Ref(String owner, String name, String desc) {
	}

	private static final class Type {

		String name;

		String superName;

		Set<String> interfaces = Set.of();

		boolean controller;

		final Set<String> constants = new LinkedHashSet<>();

		final Map<String, Method> methods = new HashMap<>();
	}

	private static final class Method {

		String name;

		boolean handler;

		final Set<String> declared = new LinkedHashSet<>();

		final Set<Ref> calls = new LinkedHashSet<>();

		final Set<Ref> fields = new LinkedHashSet<>();
	}

	private final class TypeReader extends ClassVisitor {

		private Type type;

		TypeReader() {
			super(Opcodes.ASM9);
		}

		@Override
		public void visit(int version, int access, String name, String signature, String superName,
				String[] interfaces) {
			type = new Type();
			type.name = name;
			type.superName = superName;
			type.interfaces = Set.of(interfaces);
			types.put(name, type);
		}

		@Override
		public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
			if (REST_CONTROLLER.equals(descriptor)) {
				type.controller = true;
			}
			return null;
		}

		@Override
		public org.springframework.asm.FieldVisitor visitField(int access, String name, String descriptor,
				String signature, Object value) {
			if ((access & Opcodes.ACC_ENUM) != 0) {
				type.constants.add(name);
			}
			return null;
		}

		@Override
		public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
				String[] exceptions) {
			Method method = new Method();
			method.name = name;
			type.methods.put(name + descriptor, method);
			return new MethodVisitor(Opcodes.ASM9) {

				@Override
				public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
					if (MAPPINGS.contains(annotation)) {
						method.handler = true;
					}
					if (!API_ERRORS.equals(annotation)) {
						return null;
					}
					return new AnnotationVisitor(Opcodes.ASM9) {
						@Override
						public AnnotationVisitor visitArray(String attribute) {
							return new AnnotationVisitor(Opcodes.ASM9) {
								@Override
								public void visit(String unused, Object value) {
									method.declared.add((String) value);
								}
							};
						}
					};
				}

				@Override
				public void visitFieldInsn(int opcode, String owner, String field, String desc) {
					if (opcode == Opcodes.GETSTATIC) {
						method.fields.add(new Ref(owner, field, desc));
					}
				}

				@Override
				public void visitMethodInsn(int opcode, String owner, String callee, String desc, boolean itf) {
					method.calls.add(new Ref(owner, callee, desc));
				}

				@Override
				public void visitInvokeDynamicInsn(String callee, String desc, Handle bootstrap, Object... arguments) {
					for (Object argument : arguments) {
						if (argument instanceof Handle handle) {
							method.calls.add(new Ref(handle.getOwner(), handle.getName(), handle.getDesc()));
						}
					}
				}
			};
		}
	}
}
