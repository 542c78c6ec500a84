package com.vurksha.platform.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vurksha.platform.error.CommonErrorCode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import static org.assertj.core.api.Assertions.assertThat;

class OperationDocsTests {

	private static final ErrorCatalogue CATALOGUE = new ErrorCatalogue(List.of(CommonErrorCode.values()));

	private static OpenAPI document(Operation publicRead, Operation securedWrite) {
		return new OpenAPI().components(new Components())
			.paths(new Paths().addPathItem("/api/v1/things", new PathItem().get(publicRead).post(securedWrite)));
	}

	private static Operation operation(String... codes) {
		Operation operation = new Operation()
			.responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
		operation.addExtension(OperationDocs.ERROR_CODES, List.of(codes));
		return operation;
	}

	@Test
	void marksTheOperationsServedWithoutATokenAsPublicAndTheOthersAsBearer() {
		Operation read = operation();
		Operation write = operation();

		OperationDocs.describe(document(read, write), List.of("GET /api/v1/things/**"), CATALOGUE);

		assertThat(read.getSecurity()).isEmpty();
		assertThat(write.getSecurity()).singleElement().satisfies(requirement -> assertThat(requirement).containsKey("bearer"));
		assertThat(read.getResponses()).doesNotContainKey("401");
		assertThat(write.getResponses()).containsKeys("401", "403");
	}

	@Test
	void documentsEachDeclaredCodeUnderItsStatusWithTheErrorEnvelope() {
		Operation read = operation("NOT_FOUND", "CONFLICT");
		OpenAPI openApi = document(read, operation());

		OperationDocs.describe(openApi, List.of(), CATALOGUE);

		assertThat(read.getResponses()).containsKeys("200", "404", "409", "500", "503", "429");
		assertThat(read.getResponses().get("404").getDescription()).isEqualTo("NOT_FOUND");
		assertThat(read.getResponses().get("404").getContent().get("application/json").getSchema().get$ref())
			.isEqualTo("#/components/schemas/ErrorBody");
		assertThat(read.getDescription()).contains("`NOT_FOUND` (404)", "`CONFLICT` (409)");
		assertThat(openApi.getComponents().getSchemas()).containsKeys("ErrorBody", "ApiError", "FieldViolation", "Meta");
	}

	static class Handlers {

		@com.vurksha.platform.api.ApiDeprecation(since = "2026-12-04", sunset = "2027-06-30")
		@com.vurksha.platform.error.ApiErrors({ "NOT_FOUND" })
		void old(com.vurksha.platform.api.PageQuery page) {
		}
	}

	@Test
	void marksADeprecatedOperationAndAddsTheListParametersAndDeclaredCodes() throws NoSuchMethodException {
		org.springframework.web.method.HandlerMethod handler = new org.springframework.web.method.HandlerMethod(
				new Handlers(), Handlers.class.getDeclaredMethod("old", com.vurksha.platform.api.PageQuery.class));

		Operation operation = OperationDocs.describe(new Operation(), handler);

		assertThat(operation.getDeprecated()).isTrue();
		assertThat(operation.getDescription()).contains("2027-06-30", "Sunset");
		assertThat(operation.getParameters()).extracting(parameter -> parameter.getName()).containsExactly("page", "limit");
		assertThat(operation.getParameters().get(1).getSchema().getMaximum()).isEqualByComparingTo("100");
		assertThat(operation.getExtensions().get(OperationDocs.ERROR_CODES)).isEqualTo(List.of("NOT_FOUND"));
	}

	@Test
	void refusesACodeTheServiceDoesNotKnow() {
		Operation read = operation("NO_SUCH_CODE");

		org.assertj.core.api.Assertions
			.assertThatIllegalStateException()
			.isThrownBy(() -> OperationDocs.describe(document(read, operation()), List.of(), CATALOGUE))
			.withMessageContaining("NO_SUCH_CODE");
	}
}
