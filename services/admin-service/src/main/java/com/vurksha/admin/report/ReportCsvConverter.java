package com.vurksha.admin.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Writes a report as {@code text/csv}: its table, as an attachment named after the report and its days. */
class ReportCsvConverter extends AbstractHttpMessageConverter<ReportEnvelope<?>> {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	ReportCsvConverter() {
		super(StandardCharsets.UTF_8, TEXT_CSV);
	}

	@Override
	protected boolean supports(Class<?> type) {
		return ReportEnvelope.class.isAssignableFrom(type);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected ReportEnvelope<?> readInternal(Class<? extends ReportEnvelope<?>> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("Reports are not read", input);
	}

	@Override
	protected void addDefaultHeaders(HttpHeaders headers, ReportEnvelope<?> report, MediaType contentType)
			throws IOException {
		super.addDefaultHeaders(headers, report, contentType);
		headers.setContentDisposition(ContentDisposition.attachment().filename(report.fileName()).build());
	}

	@Override
	protected void writeInternal(ReportEnvelope<?> report, HttpOutputMessage output) throws IOException {
		output.getBody().write(report.csv().render().getBytes(StandardCharsets.UTF_8));
	}
}
