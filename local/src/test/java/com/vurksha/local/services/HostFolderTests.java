package com.vurksha.local.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostFolderTests {

	@TempDir
	Path dir;

	@Test
	void unpacksSharedLibrariesOnceAndEachApplicationsClasses() throws IOException {
		Map<String, Path> jars = new LinkedHashMap<>();
		jars.put("order", fatJar("order", "com.example.Order", Map.of("common-1.jar", "same", "jdbc-1.jar", "jdbc")));
		jars.put("gateway", fatJar("gateway", "com.example.Gateway", Map.of("common-1.jar", "same")));

		HostFolder folder = HostFolder.prepare(dir.resolve("host"), jars);

		try (var shared = Files.list(folder.sharedDir())) {
			assertThat(shared.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("common-1.jar",
					"jdbc-1.jar");
		}
		assertThat(folder.ownClassPath("order")).containsExactly(dir.resolve("host/apps/order/classes"));
		assertThat(dir.resolve("host/apps/order/classes/com/example/Order.class")).hasContent("order");
		assertThat(folder.startClass("gateway")).isEqualTo("com.example.Gateway");
		assertThat(folder.layout().applications().get("gateway").sharedLibraries()).containsExactly("common-1.jar");
	}

	@Test
	void unpacksAgainOnlyWhenAJarChanged() throws IOException {
		Map<String, Path> jars = Map.of("order", fatJar("order", "com.example.Order", Map.of("common-1.jar", "v1")));
		HostFolder.prepare(dir.resolve("host"), jars);
		Path marker = dir.resolve("host/shared/left-by-the-first-unpacking");
		Files.writeString(marker, "x");

		assertThat(HostFolder.prepare(dir.resolve("host"), jars).unpacked()).isFalse();
		assertThat(marker).as("the same jars: nothing unpacked again").exists();

		fatJar("order", "com.example.Order", Map.of("common-1.jar", "v2, a new build"));
		Files.setLastModifiedTime(jars.get("order"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
		assertThat(HostFolder.prepare(dir.resolve("host"), jars).unpacked()).isTrue();
		assertThat(marker).as("a new jar: unpacked afresh").doesNotExist();
		assertThat(dir.resolve("host/shared/common-1.jar")).hasContent("v2, a new build");
	}

	private Path fatJar(String name, String startClass, Map<String, String> libraries) throws IOException {
		Path jar = dir.resolve(name + "-exec.jar");
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().putValue("Start-Class", startClass);
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			put(out, "BOOT-INF/classes/" + startClass.replace('.', '/') + ".class", name);
			for (Map.Entry<String, String> library : libraries.entrySet()) {
				put(out, "BOOT-INF/lib/" + library.getKey(), library.getValue());
			}
		}
		return jar;
	}

	private static void put(JarOutputStream out, String name, String content) throws IOException {
		out.putNextEntry(new ZipEntry(name));
		out.write(content.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}
}
