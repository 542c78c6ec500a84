package com.vurksha.platform.web;

import java.util.List;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import com.vurksha.platform.api.Meta;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Makes every service's OpenAPI document fit the gateway's single Swagger UI: a relative server, so "try it out"
 * goes through whichever host serves the page (the gateway), a title naming the service, and the bearer scheme;
 * and each operation's list parameters, security and error responses ({@link OperationDocs}). The signed-in caller
 * ({@link CurrentUser}) and the page request ({@link PageQuery}) are resolved by the platform, not sent as objects,
 * so they are no parameters of the document. Internal ({@code /internal/**}) and local-only ({@code /api/v1/dev/**})
 * endpoints are left out of it (platform defaults, {@code springdoc.paths-to-exclude}).
 */
@AutoConfiguration
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
public class ApiDocsAutoConfiguration {

	static final String BEARER = "bearer";

	private static final String DEFAULT_TITLE = "OpenAPI definition";

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class, PageQuery.class);
	}


	@Bean
	GlobalOperationCustomizer vurkshaOperationDocs() {
		return OperationDocs::describe;
	}

	@Bean
	GlobalOpenApiCustomizer vurkshaApiDocs(@Value("${spring.application.name:vurksha}") String application,
			Environment environment, BeanFactory beanFactory) {
		List<String> publicPaths = Binder.get(environment)
			.bind("vurksha.security.public-paths", Bindable.listOf(String.class))
			.orElse(List.of());
		ClassLoader classLoader = (beanFactory instanceof ConfigurableBeanFactory configurable
				&& configurable.getBeanClassLoader() != null) ? configurable.getBeanClassLoader()
						: ApiDocsAutoConfiguration.class.getClassLoader();
		ErrorCatalogue catalogue = ErrorCatalogue.scan(
				AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of(),
				classLoader);
		return openApi -> {
			describe(openApi, application);
			OperationDocs.describe(openApi, publicPaths, catalogue);
		};
	}

	static void describe(OpenAPI openApi, String application) {
		openApi.setServers(List.of(new Server().url("/").description("the host serving this page (the gateway)")));
		Info info = (openApi.getInfo() != null) ? openApi.getInfo() : new Info();
		if (info.getTitle() == null || DEFAULT_TITLE.equals(info.getTitle())) {
			info.setTitle("Vurksha " + application.replace('-', ' '));
		}
		if (info.getVersion() == null || "v0".equals(info.getVersion())) {
			info.setVersion(Meta.API_VERSION);
		}
		openApi.setInfo(info);
		Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
		if (components.getSecuritySchemes() == null || !components.getSecuritySchemes().containsKey(BEARER)) {
			components.addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
		}
		openApi.setComponents(components);
	}
}
