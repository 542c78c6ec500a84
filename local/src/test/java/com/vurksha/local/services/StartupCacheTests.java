package com.vurksha.local.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCacheTests {

	private static final List<String> OPTIONS = List.of("-XX:+UseG1GC");

	@TempDir
	Path dir;

	@Test
	void startsFromTheCacheMadeFromThisJar() throws Exception {
		StartupCache cache = cacheOf(jar(), jdk("25.0.3+9-LTS"), OPTIONS);
		trained(cache);

		assertThat(cache.fresh()).isTrue();
		assertThat(cache.launchArguments()).containsExactly("-XX:AOTCache=" + cache.cacheFile(), "-jar",
				cache.extractedJar().toString());
	}

	@Test
	void ignoresTheCacheOnceTheJarIsRebuilt() throws Exception {
		Path jar = jar();
		StartupCache cache = cacheOf(jar, jdk("25.0.3+9-LTS"), OPTIONS);
		trained(cache);

		Files.writeString(jar, "rebuilt with other classes", StandardCharsets.UTF_8);
		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

		assertThat(cache.fresh()).isFalse();
		assertThat(cache.launchArguments()).containsExactly("-jar", jar.toString());
	}

	@Test
	void ignoresTheCacheOfOtherJvmOptions() throws Exception {
		Path jar = jar();
		Path java = jdk("25.0.3+9-LTS");
		trained(cacheOf(jar, java, OPTIONS));

		assertThat(cacheOf(jar, java, List.of("-XX:+UseSerialGC")).fresh()).isFalse();
	}

	@Test
	void runsTheJarAsBuiltOnAJdkWithoutTheCache() throws Exception {
		Path jar = jar();
		StartupCache cache = cacheOf(jar, jdk("17.0.13+11"), OPTIONS);

		assertThat(cache.supported()).isFalse();
		assertThat(cache.fresh()).isFalse();
		assertThat(cache.launchArguments()).containsExactly("-jar", jar.toString());
	}

	@Test
	void knowsTheFirstJdkWithTheCache() throws Exception {
		assertThat(cacheOf(jar(), jdk("25"), OPTIONS).supported()).isTrue();
		assertThat(cacheOf(jar(), jdk("24.0.2+12"), OPTIONS).supported()).isFalse();
		assertThat(cacheOf(jar(), dir.resolve("no-jdk/bin/java"), OPTIONS).supported()).isFalse();
	}

	private StartupCache cacheOf(Path jar, Path java, List<String> options) {
		return StartupCache.of(new ServiceSpec("product", jar, 8082, Map.of()), java, options);
	}

	private Path jar() throws Exception {
		Path jar = dir.resolve("target").resolve("product-service-exec.jar");
		if (!Files.exists(jar)) {
			Files.createDirectories(jar.getParent());
			Files.writeString(jar, "classes", StandardCharsets.UTF_8);
		}
		return jar;
	}

	/** A JDK folder with only what the cache reads: its release file. */
	private Path jdk(String runtimeVersion) throws Exception {
		Path home = dir.resolve("jdk-" + runtimeVersion);
		Files.createDirectories(home.resolve("bin"));
		Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_RUNTIME_VERSION=\""
				+ runtimeVersion + "\"\n", StandardCharsets.UTF_8);
		return home.resolve("bin").resolve("java");
	}

	/** What a successful training run leaves behind. */
	private static void trained(StartupCache cache) throws Exception {
		Files.createDirectories(cache.extractedJar().getParent());
		Files.writeString(cache.extractedJar(), "extracted", StandardCharsets.UTF_8);
		Files.writeString(cache.cacheFile(), "cache", StandardCharsets.UTF_8);
		Files.writeString(cache.cacheFile().resolveSibling("fingerprint"), cache.fingerprint(), StandardCharsets.UTF_8);
	}
}
