package com.vurksha.admin.report;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the report endpoints answer {@code text/csv}, and says so in the API document. */
@Configuration(proxyBeanMethods = false)
class ReportWebConfiguration implements WebMvcConfigurer {

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.addCustomConverter(new ReportCsvConverter());
	}

	/** A report's CSV is text, not the envelope; both carry their freshness in a header. */
	@Bean
	OperationCustomizer reportDocuments() {
		return (operation, handler) -> {
			ApiResponse ok = (operation.getResponses() != null) ? operation.getResponses().get("200") : null;
			if (handler.getBeanType() != ReportController.class || ok == null || ok.getContent() == null) {
				return operation;
			}
			if (ok.getContent().containsKey("text/csv")) {
				// a new entry: the document generator gives every media type of a response the same object
				ok.getContent().addMediaType("text/csv", new MediaType().schema(new StringSchema().description("The report as CSV: a header row, then one row per "
						+ "line of the report; money in rupees with two decimals. Sent as an attachment (Content-"
						+ "Disposition) named after the report and its days.")));
			}
			ok.description("The report")
				.addHeaderObject(ReportController.DATA_AS_OF, new Header()
					.description("The time of the last transaction replayed by the least caught-up replica read "
							+ "(as meta.dataAsOf)")
					.schema(new DateTimeSchema()));
			return operation;
		};
	}
}
