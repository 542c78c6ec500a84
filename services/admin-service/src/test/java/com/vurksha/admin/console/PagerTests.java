package com.vurksha.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** A table longer than a page shows where the reader is and links to the pages around it. */
class PagerTests {

	@Test
	void linksThePreviousAndNextPages() {
		String pager = render(new Listing<>(List.of(), 2, Listing.SIZE, 60), "/admin/products?name=okra");

		assertThat(pager).contains("Page 2 of 3")
			.contains("href=\"/admin/products?name=okra&amp;page=1\"")
			.contains("href=\"/admin/products?name=okra&amp;page=3\"");
	}

	@Test
	void leavesOutWhatIsNotThere() {
		assertThat(render(new Listing<>(List.of(), 1, Listing.SIZE, 30), "/admin/stock")).contains("Page 1 of 2")
			.doesNotContain("Previous")
			.contains("/admin/stock?page=2");
		assertThat(render(new Listing<>(List.of(), 1, Listing.SIZE, 10), "/admin/stock")).doesNotContain("Page");
	}

	private static String render(Listing<?> listing, String base) {
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		return engine.process("console/layout", Set.of("pager"),
				new Context(null, Map.of("listing", listing, "base", base)));
	}
}
