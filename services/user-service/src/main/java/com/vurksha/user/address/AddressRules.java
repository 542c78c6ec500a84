package com.vurksha.user.address;

import java.util.ArrayList;
import java.util.List;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.FieldViolation;

/** Rules an address must satisfy beyond the shape of single fields. */
final class AddressRules {

	/** Indian PIN codes: six digits, the first (the postal region) never 0. */
	static final String PINCODE = "[1-9][0-9]{5}";

	static final String PINCODE_MESSAGE = "must be 6 digits not starting with 0";

	static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

	private static final String DEFAULT_LABEL = "Home";

	private AddressRules() {
	}

	/** A map pin is a pair: half a coordinate cannot place a rider. */
	static void requireCompleteCoordinates(AddressFields fields) {
		if ((fields.latitude() == null) == (fields.longitude() == null)) {
			return;
		}
		List<FieldViolation> details = new ArrayList<>();
		String missing = (fields.latitude() == null) ? "latitude" : "longitude";
		details.add(new FieldViolation(missing, "is required when the other coordinate is given"));
		throw new ApiException(CommonErrorCode.VALIDATION_FAILED, "Give both latitude and longitude, or neither")
			.withDetails(details);
	}

	static String orDefaultLabel(String label) {
		return (label == null || label.isBlank()) ? DEFAULT_LABEL : label.strip();
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}
}
