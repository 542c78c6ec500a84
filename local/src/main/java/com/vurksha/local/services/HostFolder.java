package com.vurksha.local.services;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The applications' fat jars unpacked for the service host: {@code shared/} holds each shared library once (the host's
 * class path), {@code apps/<name>/classes} and {@code apps/<name>/lib} what each application loads itself. The folder
 * is made again only when a jar changed (its path, size or modification time), so a start from a built tree finds it
 * ready.
 */
public final class HostFolder {

	private static final String LIB = "BOOT-INF/lib/";

	private static final String CLASSES = "BOOT-INF/classes/";

	private final Path dir;

	private final HostLayout layout;

	private final Map<String, Path> jars;

	private boolean unpacked;

	private HostFolder(Path dir, HostLayout layout, Map<String, Path> jars) {
		this.dir = dir;
		this.layout = layout;
		this.jars = jars;
	}

	/**
	 * Lays out the applications' jars in {@code dir}, unpacking them unless the folder already holds these very jars.
	 *
	 * @param jars every application's fat jar by short name (all of them, not only those a run starts, so that the
	 * layout does not change with the choice)
	 */
	public static HostFolder prepare(Path dir, Map<String, Path> jars) throws IOException {
		Map<String, List<HostLayout.Library>> libraries = new LinkedHashMap<>();
		for (Map.Entry<String, Path> jar : jars.entrySet()) {
			libraries.put(jar.getKey(), libraries(jar.getValue()));
		}
		HostFolder folder = new HostFolder(dir, HostLayout.of(libraries), Map.copyOf(jars));
		String fingerprint = fingerprint(jars, folder.layout);
		Path fingerprintFile = dir.resolve("fingerprint");
		if (!Files.isRegularFile(fingerprintFile)
				|| !Files.readString(fingerprintFile, StandardCharsets.UTF_8).equals(fingerprint)) {
			deleteRecursively(dir);
			folder.unpack();
			folder.unpacked = true;
			Files.writeString(fingerprintFile, fingerprint, StandardCharsets.UTF_8);
		}
		return folder;
	}

	/** Whether {@link #prepare} unpacked the jars (they changed) rather than finding them unpacked. */
	public boolean unpacked() {
		return unpacked;
	}

	public HostLayout layout() {
		return layout;
	}

	/** The shared libraries: the host's class path. */
	public Path sharedDir() {
		return dir.resolve("shared");
	}

	/** The application's classes folder, then the libraries only it loads, in its fat jar's order. */
	public List<Path> ownClassPath(String application) {
		List<Path> path = new ArrayList<>();
		path.add(appDir(application).resolve("classes"));
		layout.applications()
			.get(application)
			.ownLibraries()
			.forEach(library -> path.add(appDir(application).resolve("lib").resolve(library)));
		return path;
	}

	/** The class whose {@code main} starts the application: its fat jar's {@code Start-Class}. */
	public String startClass(String application) throws IOException {
		try (JarFile jar = new JarFile(jars.get(application).toFile())) {
			Manifest manifest = jar.getManifest();
			String start = (manifest != null) ? manifest.getMainAttributes().getValue("Start-Class") : null;
			if (start == null) {
				throw new IllegalStateException(jars.get(application) + " is not a Spring Boot jar: it names no Start-Class");
			}
			return start;
		}
	}

	private Path appDir(String application) {
		return dir.resolve("apps").resolve(application);
	}

	private void unpack() throws IOException {
		Files.createDirectories(sharedDir());
		Set<String> unpackedShared = new HashSet<>();
		for (Map.Entry<String, Path> jar : jars.entrySet()) {
			Path app = appDir(jar.getKey());
			HostLayout.Application part = layout.applications().get(jar.getKey());
			try (ZipFile zip = new ZipFile(jar.getValue().toFile())) {
				Enumeration<? extends ZipEntry> entries = zip.entries();
				while (entries.hasMoreElements()) {
					ZipEntry entry = entries.nextElement();
					String name = entry.getName();
					if (entry.isDirectory()) {
						continue;
					}
					if (name.startsWith(CLASSES)) {
						copy(zip, entry, app.resolve("classes").resolve(name.substring(CLASSES.length())));
					}
					else if (name.startsWith(LIB)) {
						String library = name.substring(LIB.length());
						if (!part.sharedLibraries().contains(library)) {
							copy(zip, entry, app.resolve("lib").resolve(library));
						}
						else if (unpackedShared.add(library)) {
							copy(zip, entry, sharedDir().resolve(library));
						}
					}
				}
			}
		}
	}

	private static void copy(ZipFile zip, ZipEntry entry, Path target) throws IOException {
		Path normalized = target.normalize();
		Files.createDirectories(normalized.getParent());
		try (InputStream in = zip.getInputStream(entry)) {
			Files.copy(in, normalized, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** The libraries a fat jar holds, in its order. */
	static List<HostLayout.Library> libraries(Path jar) throws IOException {
		List<HostLayout.Library> libraries = new ArrayList<>();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				String name = entry.getName();
				if (!entry.isDirectory() && name.startsWith(LIB) && name.endsWith(".jar") && name.indexOf('/', LIB.length()) < 0) {
					libraries.add(new HostLayout.Library(name.substring(LIB.length()), entry.getSize(), entry.getCrc()));
				}
			}
		}
		return libraries;
	}

	/** The jars (path, size, modification time) and how they are laid out. */
	private static String fingerprint(Map<String, Path> jars, HostLayout layout) throws IOException {
		StringBuilder text = new StringBuilder();
		text.append("shared ").append(new java.util.TreeSet<>(layout.shared())).append('\n');
		for (Map.Entry<String, Path> jar : jars.entrySet()) {
			text.append(jar.getKey()).append(' ').append(jar.getValue().toAbsolutePath()).append(' ')
				.append(Files.size(jar.getValue())).append(' ')
				.append(Files.getLastModifiedTime(jar.getValue()).toMillis()).append('\n');
		}
		return text.toString();
	}

	/** Deletes a folder with everything in it; nothing happens when it does not exist. */
	static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
