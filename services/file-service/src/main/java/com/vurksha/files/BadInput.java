package com.vurksha.files;

import java.util.List;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.FieldViolation;

/** Builds the 400 answer for input that passed Bean Validation but breaks a rule only the service can check. */
public final class BadInput {

	private BadInput() {
	}

	public static ApiException field(String field, String problem) {
		return new ApiException(CommonErrorCode.VALIDATION_FAILED, "Invalid value for '" + field + "': " + problem)
			.withDetails(List.of(new FieldViolation(field, problem)));
	}
}
