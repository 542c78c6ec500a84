package com.vurksha.local.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vurksha.local.services.HostLayout.Library;

class HostLayoutTests {

	private static final Library SPRING = new Library("spring-core-7.0.8.jar", 100, 1);

	private static final Library FLYWAY = new Library("flyway-core-11.14.1.jar", 200, 2);

	private static final Library GATEWAY = new Library("spring-cloud-gateway-server-webmvc-5.0.1.jar", 300, 3);

	@Test
	void sharesEveryLibraryWhoseCopiesAreTheSameAndShowsEachApplicationOnlyItsOwn() {
		Map<String, List<Library>> jars = new LinkedHashMap<>();
		jars.put("order", List.of(SPRING, FLYWAY));
		jars.put("product", List.of(SPRING, FLYWAY));
		jars.put("gateway", List.of(SPRING, GATEWAY));

		HostLayout layout = HostLayout.of(jars);

		assertThat(layout.shared()).containsExactlyInAnyOrder(SPRING.name(), FLYWAY.name(), GATEWAY.name());
		assertThat(layout.applications().get("order").sharedLibraries()).containsExactlyInAnyOrder(SPRING.name(),
				FLYWAY.name());
		assertThat(layout.applications().get("gateway").sharedLibraries())
			.as("the gateway ships no Flyway, so it must not see it")
			.containsExactlyInAnyOrder(SPRING.name(), GATEWAY.name());
		assertThat(layout.applications().values()).allSatisfy(app -> assertThat(app.ownLibraries()).isEmpty());
	}

	@Test
	void leavesALibraryWhoseCopiesDifferWithEachApplication() {
		Library rebuilt = new Library(SPRING.name(), SPRING.size(), 99);
		Map<String, List<Library>> jars = new LinkedHashMap<>();
		jars.put("order", List.of(SPRING, FLYWAY));
		jars.put("product", List.of(rebuilt, FLYWAY));

		HostLayout layout = HostLayout.of(jars);

		assertThat(layout.shared()).containsExactly(FLYWAY.name());
		assertThat(layout.applications().get("order").ownLibraries()).containsExactly(SPRING.name());
		assertThat(layout.applications().get("product").ownLibraries()).containsExactly(SPRING.name());
		assertThat(layout.applications().get("product").sharedLibraries()).containsExactly(FLYWAY.name());
	}

	@Test
	void sharesOnlyTheVersionMostApplicationsShipOfALibraryShippedInTwoVersions() {
		Library older = new Library("jackson-databind-2.18.8.jar", 10, 4);
		Library newer = new Library("jackson-databind-2.21.4.jar", 11, 5);
		Library three = new Library("jackson-databind-3.1.4.jar", 12, 6);
		Map<String, List<Library>> jars = new LinkedHashMap<>();
		jars.put("search", List.of(SPRING, older, three));
		jars.put("admin", List.of(SPRING, newer, three));
		jars.put("order", List.of(SPRING, newer, three));

		HostLayout layout = HostLayout.of(jars);

		assertThat(layout.shared()).as("Jackson 3 shares the name, not the packages")
			.containsExactlyInAnyOrder(SPRING.name(), newer.name(), three.name());
		assertThat(layout.applications().get("search").ownLibraries()).containsExactly(older.name());
		assertThat(layout.applications().get("search").sharedLibraries()).doesNotContain(newer.name());
		assertThat(layout.applications().get("admin").ownLibraries()).isEmpty();
	}

	@Test
	void namesALibraryByItsNameAndMajorVersion() {
		assertThat(HostLayout.library("jackson-core-2.21.4.jar")).isEqualTo("jackson-core@2");
		assertThat(HostLayout.library("netty-codec-http2-4.1.135.Final.jar")).isEqualTo("netty-codec-http2@4");
		assertThat(HostLayout.library("log4j-1.2-api-2.25.4.jar")).isEqualTo("log4j-1.2-api@2");
		assertThat(HostLayout.library("jackson-annotations-2.21.jar")).isEqualTo("jackson-annotations@2");
		assertThat(HostLayout.library("spring-boot-4.0.7-SNAPSHOT.jar")).isEqualTo("spring-boot@4");
		assertThat(HostLayout.library("annotations-13.0.jar")).isEqualTo("annotations@13");
	}
}
