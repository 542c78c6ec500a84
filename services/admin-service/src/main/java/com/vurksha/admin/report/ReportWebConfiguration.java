package com.vurksha.admin.report;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the report endpoints answer {@code text/csv}. */
@Configuration(proxyBeanMethods = false)
class ReportWebConfiguration implements WebMvcConfigurer {

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.addCustomConverter(new ReportCsvConverter());
	}
}
