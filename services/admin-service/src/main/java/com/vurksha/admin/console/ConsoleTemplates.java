package com.vurksha.admin.console;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;

/**
 * The pages' template engine without Thymeleaf's Jackson 2 JavaScript serializer. The console writes no value into a
 * script (charts read {@code data-} attributes), and that serializer registers every Jackson 2 module the thread's
 * class loader lists, which fails where those modules are listed but not loadable by it (the local run's service
 * host, whose applications share libraries): the engine's own plain serializer needs nothing.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleTemplates {

	@Bean
	static BeanPostProcessor plainJavaScriptSerializer() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.getDialects()
						.stream()
						.filter(StandardDialect.class::isInstance)
						.map(StandardDialect.class::cast)
						.forEach(dialect -> dialect.setJavaScriptSerializer(new StandardJavaScriptSerializer(false)));
				}
				return bean;
			}
		};
	}
}
