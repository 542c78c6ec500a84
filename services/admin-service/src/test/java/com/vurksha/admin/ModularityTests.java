package com.vurksha.admin;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level feature package of the admin service is a module whose sub-packages are internal to it; modules may
 * use only each other's top-level packages and must not depend on each other in a cycle.
 */
class ModularityTests {

	/** Test classes stay out of the modules (a build with a {@code build.suffix} puts them elsewhere). */
	private static final ImportOption MAIN_CLASSES_ONLY = location -> !location.contains("/test-classes/");

	@Test
	void featureModulesUseOnlyEachOthersApiAndFormNoCycle() {
		ApplicationModules.of(AdminServiceApplication.class, MAIN_CLASSES_ONLY).verify();
	}
}
