package com.vurksha.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.lang.reflect.Field;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.serializer.IStandardJavaScriptSerializer;

/** The template engine serializes script values without Jackson 2's module discovery. */
class ConsoleTemplatesTests {

	@Test
	void givesTheStandardDialectThePlainSerializer() throws ReflectiveOperationException {
		SpringTemplateEngine engine = new SpringTemplateEngine();

		Object processed = ConsoleTemplates.plainJavaScriptSerializer().postProcessAfterInitialization(engine, "engine");

		StandardDialect dialect = engine.getDialects()
			.stream()
			.filter(StandardDialect.class::isInstance)
			.map(StandardDialect.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(processed).isSameAs(engine);
		assertThat(delegateOf(dialect.getJavaScriptSerializer()).getClass().getName())
			.as("the engine's plain serializer, not one of its Jackson ones")
			.endsWith("DefaultStandardJavaScriptSerializer");
		StringWriter written = new StringWriter();
		dialect.getJavaScriptSerializer().serializeValue("a</script>", written);
		assertThat(written.toString()).doesNotContain("</script>");
	}

	/** The implementation the engine's serializer picked when it was made. */
	private static Object delegateOf(IStandardJavaScriptSerializer serializer) throws ReflectiveOperationException {
		for (Field field : serializer.getClass().getDeclaredFields()) {
			if (IStandardJavaScriptSerializer.class.isAssignableFrom(field.getType())) {
				field.setAccessible(true);
				return field.get(serializer);
			}
		}
		throw new AssertionError("no delegate in " + serializer.getClass());
	}
}
