package com.vurksha.local.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The jars on the host's class path that applications share, indexed by the folders (packages) each one holds, so that
 * an application's loader can tell in one look-up whether a class or resource would come from a jar it does not ship.
 */
public final class SharedLibraries {

	private final Path dir;

	private final Map<String, List<String>> jarsByFolder;

	private SharedLibraries(Path dir, Map<String, List<String>> jarsByFolder) {
		this.dir = dir.toAbsolutePath().normalize();
		this.jarsByFolder = jarsByFolder;
	}

	/** Indexes every jar of the folder (the host's class path). */
	public static SharedLibraries in(Path dir) {
		Map<String, List<String>> byFolder = new HashMap<>();
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "*.jar")) {
			for (Path jar : jars) {
				String name = jar.getFileName().toString();
				try (JarFile file = new JarFile(jar.toFile())) {
					Enumeration<JarEntry> entries = file.entries();
					while (entries.hasMoreElements()) {
						JarEntry entry = entries.nextElement();
						if (!entry.isDirectory()) {
							List<String> holders = byFolder.computeIfAbsent(folderOf(entry.getName()), key -> new ArrayList<>(1));
							if (!holders.contains(name)) {
								holders.add(name);
							}
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new SharedLibraries(dir, byFolder);
	}

	/** The shared jars (file names) holding something in the folder of {@code resource}; empty when none does. */
	List<String> jarsHolding(String resource) {
		return jarsByFolder.getOrDefault(folderOf(resource), List.of());
	}

	/** The shared jar (file name) a resource URL points into, or null when it is not in a shared jar (the JDK's, say). */
	String jarOf(URL resource) {
		if (resource == null || !"jar".equals(resource.getProtocol())) {
			return null;
		}
		String path = resource.getPath();
		int separator = path.indexOf("!/");
		if (!path.startsWith("file:") || separator < 0) {
			return null;
		}
		Path jar;
		try {
			jar = Path.of(new URL(path.substring(0, separator)).toURI()).toAbsolutePath().normalize();
		}
		catch (Exception ex) {
			return null;
		}
		return dir.equals(jar.getParent()) ? jar.getFileName().toString() : null;
	}

	static String folderOf(String resource) {
		int slash = resource.lastIndexOf('/');
		return (slash < 0) ? "" : resource.substring(0, slash);
	}
}
