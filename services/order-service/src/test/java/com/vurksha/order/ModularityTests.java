package com.vurksha.order;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each top-level feature package of the order service (pricing, order, checkout, payment) is a module; modules use
 * only each other's top-level packages and form no cycle. That the check catches violations is proven once, in the
 * product service's ModularityTests.
 */
class ModularityTests {

	/** Modulith recognises test classes only under {@code target/test-classes}; builds may use another folder. */
	private static final ImportOption MAIN_CLASSES_ONLY = location -> !location.contains("/test-classes/");

	@Test
	void featureModulesUseOnlyEachOthersApiAndFormNoCycle() {
		ApplicationModules modules = ApplicationModules.of(OrderServiceApplication.class, MAIN_CLASSES_ONLY);

		modules.verify();
		assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
			.contains("com.vurksha.order.pricing", "com.vurksha.order.order", "com.vurksha.order.checkout",
					"com.vurksha.order.payment");
	}
}
