package com.vurksha.platform.error;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Explains why a request body could not be read, naming the offending field where Jackson knows it. */
final class UnreadableBodies {

	private UnreadableBodies() {
	}

	static ResponseEntity<ErrorBody> describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			String field = path(unknown);
			return validation("Unknown field '" + field + "'", field, "is not a known field");
		}
		if (cause instanceof InvalidFormatException invalid) {
			String field = path(invalid);
			return validation("Invalid value for '" + field + "'", field, expected(invalid.getTargetType()));
		}
		if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			String field = path(mismatched);
			return validation("Invalid value for '" + field + "'", field, expected(mismatched.getTargetType()));
		}
		if (cause instanceof StreamReadException || cause instanceof JacksonException) {
			return malformed("The request body is not valid JSON");
		}
		return malformed("A JSON request body is required");
	}

	private static String path(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map(ref -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "has the wrong type";
		}
		if (type.isEnum()) {
			return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "must be a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false";
		}
		if (type == String.class) {
			return "must be a string";
		}
		return "must be a valid " + type.getSimpleName();
	}

	private static ResponseEntity<ErrorBody> validation(String message, String field, String problem) {
		return ErrorResponses.entity(CommonErrorCode.VALIDATION_FAILED, message, null,
				List.of(new FieldViolation(field, problem)));
	}

	private static ResponseEntity<ErrorBody> malformed(String message) {
		return ErrorResponses.entity(CommonErrorCode.MALFORMED_REQUEST, message, null, List.of());
	}
}
