package com.vurksha.platformtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Screenshots land in the repository's {@code docs/console} from any module, however deep. */
class ChromiumTests {

	@Test
	void findsTheRepositoryAboveANestedModule(@TempDir Path repo) throws Exception {
		Files.createDirectories(repo.resolve(".mvn"));
		Path module = Files.createDirectories(repo.resolve("services").resolve("admin-service"));

		assertThat(Chromium.screenshotFolder(module)).isEqualTo(repo.resolve("docs").resolve("console"));
		assertThat(Chromium.screenshotFolder(repo)).isEqualTo(repo.resolve("docs").resolve("console"));
	}

	@Test
	void refusesAFolderOutsideARepository(@TempDir Path somewhere) {
		assertThatThrownBy(() -> Chromium.screenshotFolder(somewhere)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining(".mvn");
	}
}
