package com.vurksha.payment;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level feature package of the payment service is a module; modules use only each other's top-level
 * packages and form no cycle (the product service's tests prove once that such a violation is caught).
 */
class ModularityTests {

	/** Modulith's default import option recognises test classes only under {@code target/test-classes}. */
	private static final ImportOption MAIN_CLASSES_ONLY = location -> !location.contains("/test-classes/");

	@Test
	void featureModulesUseOnlyEachOthersApiAndFormNoCycle() {
		ApplicationModules.of(PaymentServiceApplication.class, MAIN_CLASSES_ONLY).verify();
	}
}
