package com.vurksha.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.vurksha.platform.api.ApiDeprecation;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.ErrorBody;
import com.vurksha.platform.error.ErrorCode;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

/**
 * What the platform adds to each operation of a service's API document, from the code rather than by hand: the
 * {@code page}/{@code limit} parameters of every list, {@code security: []} on the operations served without a token
 * (from {@code vurksha.security.public-paths}) and the bearer scheme on the others, and the error responses, each
 * with the error envelope's schema, listing the codes the operation can answer: its {@link ApiErrors} and the
 * platform codes every such operation can answer.
 */
final class OperationDocs {

	static final String ERROR_CODES = "x-error-codes";

	static final String ERROR_SCHEMA = "ErrorBody";

	private static final PathPatternParser PATTERNS = new PathPatternParser();

	private OperationDocs() {
	}

	/** Per handler method: the list parameters and the declared codes (expanded later, when the path is known). */
	static Operation describe(Operation operation, HandlerMethod handler) {
		boolean paged = Arrays.stream(handler.getMethod().getParameterTypes()).anyMatch(PageQuery.class::equals);
		if (paged) {
			List<Parameter> parameters = new ArrayList<>((operation.getParameters() != null) ? operation.getParameters() : List.of());
			parameters.removeIf(parameter -> "query".equals(parameter.getIn())
					&& ("page".equals(parameter.getName()) || "limit".equals(parameter.getName())));
			parameters.add(new Parameter().in("query").name("page").required(false)
				.description("Page number, from 1")
				.schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)._default(1)));
			parameters.add(new Parameter().in("query").name("limit").required(false)
				.description("Items per page, 1 to " + PageQuery.MAX_LIMIT)
				.schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
					.maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_LIMIT))
					._default(PageQuery.DEFAULT_LIMIT)));
			operation.setParameters(parameters);
		}
		ApiDeprecation deprecation = handler.getMethodAnnotation(ApiDeprecation.class);
		if (deprecation != null) {
			operation.setDeprecated(true);
			String note = "Deprecated since " + deprecation.since() + "; may stop working from " + deprecation.sunset()
					+ " (answers carry Deprecation and Sunset headers; see " + deprecation.link() + ").";
			operation.setDescription((operation.getDescription() == null) ? note : note + "\n\n" + operation.getDescription());
		}
		ApiErrors declared = handler.getMethodAnnotation(ApiErrors.class);
		operation.addExtension(ERROR_CODES, (declared != null) ? List.of(declared.value()) : List.of());
		return operation;
	}

	/** Per document: security and error responses of every operation, and the envelope's schemas. */
	static void describe(OpenAPI openApi, List<String> publicPaths, ErrorCatalogue catalogue) {
		List<PublicPath> open = publicPaths.stream().map(PublicPath::parse).toList();
		if (openApi.getPaths() != null) {
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				boolean isPublic = open.stream().anyMatch(entry -> entry.matches(method, path));
				operation.setSecurity(isPublic ? List.of()
						: List.of(new SecurityRequirement().addList(ApiDocsAutoConfiguration.BEARER)));
				errors(operation, isPublic, catalogue);
			}));
		}
		ModelConverters.getInstance().readAll(ErrorBody.class).forEach(openApi.getComponents()::addSchemas);
	}

	private static void errors(Operation operation, boolean isPublic, ErrorCatalogue catalogue) {
		TreeSet<String> codes = new TreeSet<>(declaredCodes(operation));
		codes.addAll(List.of(CommonErrorCode.RATE_LIMITED.code(), CommonErrorCode.INTERNAL_ERROR.code(),
				CommonErrorCode.SERVICE_UNAVAILABLE.code()));
		if (!isPublic) {
			codes.addAll(List.of(CommonErrorCode.UNAUTHORIZED.code(), CommonErrorCode.FORBIDDEN.code()));
		}
		boolean hasInput = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		if (hasInput) {
			codes.addAll(List.of(CommonErrorCode.VALIDATION_FAILED.code(), CommonErrorCode.MALFORMED_REQUEST.code()));
		}
		if (operation.getRequestBody() != null) {
			codes.addAll(List.of(CommonErrorCode.PAYLOAD_TOO_LARGE.code(), CommonErrorCode.UNSUPPORTED_MEDIA_TYPE.code()));
		}
		Map<Integer, List<ErrorCode>> byStatus = new TreeMap<>();
		codes.forEach(code -> byStatus.computeIfAbsent(catalogue.get(code).status(), status -> new ArrayList<>())
			.add(catalogue.get(code)));

		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		ApiResponses described = new ApiResponses();
		responses.forEach((status, response) -> {
			if (status.startsWith("1") || status.startsWith("2") || status.startsWith("3")) {
				described.addApiResponse(status, response);
			}
		});
		byStatus.forEach((status, entries) -> described.addApiResponse(String.valueOf(status),
				new ApiResponse().description(String.join(", ", entries.stream().map(ErrorCode::code).toList()))
					.content(new Content().addMediaType("application/json",
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA))))));
		operation.setResponses(described);

		List<String> all = byStatus.values().stream().flatMap(List::stream)
			.sorted(Comparator.comparingInt(ErrorCode::status).thenComparing(ErrorCode::code))
			.map(ErrorCode::code).toList();
		operation.addExtension(ERROR_CODES, all);
		String listed = "Error codes: " + String.join(", ", all.stream()
			.map(code -> "`" + code + "` (" + catalogue.get(code).status() + ")").toList()) + ".";
		String description = operation.getDescription();
		operation.setDescription((description == null || description.isBlank()) ? listed : description + "\n\n" + listed);
	}

	@SuppressWarnings("unchecked")
	private static List<String> declaredCodes(Operation operation) {
		Object declared = (operation.getExtensions() != null) ? operation.getExtensions().get(ERROR_CODES) : null;
		return (declared instanceof List<?> list) ? (List<String>) list : List.of();
	}

	/** An entry of {@code vurksha.security.public-paths}: {@code "/pattern"} or {@code "METHOD /pattern"}. */
	record PublicPath(String method, PathPattern pattern) {

		static PublicPath parse(String entry) {
			String[] parts = entry.trim().split("\\s+");
			return (parts.length == 2) ? new PublicPath(parts[0].toUpperCase(Locale.ROOT), PATTERNS.parse(parts[1]))
					: new PublicPath(null, PATTERNS.parse(parts[0]));
		}

		boolean matches(PathItem.HttpMethod httpMethod, String path) {
			return (method == null || method.equals(httpMethod.name()))
					&& pattern.matches(PathContainer.parsePath(path));
		}
	}
}
