package com.vurksha.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The committed Dart package ({@code clients/dart}) is exactly what the generator makes from the committed contract
 * ({@code api/openapi.json}): the build generates it afresh into {@code target/dart} and compares the two trees, file
 * by file and byte by byte. After a contract change, {@code make clients} rewrites the committed package.
 */
class DartPackageTests {

	private static final Path COMMITTED = Path.of("dart");

	private static final Path GENERATED = Path.of(System.getProperty("vurksha.clients.dart-generated", "target/dart"));

	@Test
	void committedPackageIsWhatTheContractGenerates() {
		Map<String, Path> committed = generatorFiles(COMMITTED);
		Map<String, Path> generated = generatorFiles(GENERATED);

		assertThat(generated).as("files generated from api/openapi.json").isNotEmpty();
		assertThat(committed.keySet()).as("files of clients/dart (run make clients after changing the contract)")
			.containsExactlyInAnyOrderElementsOf(generated.keySet());
		List<String> stale = new ArrayList<>();
		generated.forEach((name, file) -> {
			if (!Arrays.equals(read(file), read(committed.get(name)))) {
				stale.add(name);
			}
		});
		assertThat(stale).as("files of clients/dart that differ from the generator's (run make clients)").isEmpty();
	}

	@Test
	void packageSaysWhatPubNeedsToPublishIt() throws IOException {
		String pubspec = Files.readString(COMMITTED.resolve("pubspec.yaml"));

		assertThat(pubspec).containsPattern("(?m)^name: vurksha_api$")
			.containsPattern("(?m)^version: \\d+\\.\\d+\\.\\d+$")
			.containsPattern("(?m)^description: .{60,180}$")
			.containsPattern("(?m)^repository: https://\\S+$");
		assertThat(COMMITTED.resolve("README.md")).isNotEmptyFile();
	}

	/**
	 * Every file the generator owns: all but the hand-written ones its ignore file protects, and what Dart's own
	 * tools add to a checkout (the package's {@code .dart_tool/}, {@code build/}, {@code pubspec.lock}, and the
	 * {@code *.g.dart} parts that {@code build_runner} writes before publishing).
	 */
	private static Map<String, Path> generatorFiles(Path root) {
		Map<String, Path> files = new TreeMap<>();
		if (!Files.isDirectory(root)) {
			return files;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(Files::isRegularFile).forEach(file -> {
				String name = root.relativize(file).toString().replace('\\', '/');
				if (!byHandOrByDartTools(name)) {
					files.put(name, file);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	private static boolean byHandOrByDartTools(String name) {
		return name.equals("README.md") || name.equals(".openapi-generator-ignore") || name.equals("pubspec.lock")
				|| name.startsWith(".dart_tool/") || name.startsWith("build/") || name.endsWith(".g.dart");
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
