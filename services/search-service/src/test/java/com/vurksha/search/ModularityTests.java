package com.vurksha.search;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each top-level feature package of the search service is a module whose sub-packages are internal to it; modules
 * may use only each other's top-level packages and must not depend on each other in a cycle.
 */
class ModularityTests {

	/**
	 * Modulith's default import option recognises test classes only under {@code target/test-classes}, so a build
	 * with a {@code build.suffix} would pull the test classes into the service's modules and judge their
	 * dependencies too.
	 */
	private static final ImportOption MAIN_CLASSES_ONLY = location -> !location.contains("/test-classes/");

	private static final ImportOption ALL_CLASSES = location -> true;

	@Test
	void featureModulesUseOnlyEachOthersApiAndFormNoCycle() {
		ApplicationModules.of(SearchServiceApplication.class, MAIN_CLASSES_ONLY).verify();
	}

	@Test
	void rejectsModulesThatFormACycleOrReachIntoAnotherModulesInternals() {
		ApplicationModules broken = ApplicationModules.of("com.vurksha.search.modularitycheck", ALL_CLASSES);

		Violations violations = catchThrowableOfType(Violations.class, broken::verify);

		assertThat(violations).isNotNull();
		assertThat(violations.getMessages()).anySatisfy(message -> assertThat(message).contains("Cycle detected"))
			.anySatisfy(message -> assertThat(message).contains("non-exposed type")
				.contains("com.vurksha.search.modularitycheck.b.internal.BetaDetail"));
	}
}
