package com.vurksha.user.address;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partial change of an address: fields left out (or null) stay as they are; an empty line2 or landmark clears it.
 *
 * @param isDefault {@code true} makes it the default; the default changes only by choosing another one
 */
record AddressChange(@Size(max = 30, message = "must be at most 30 characters") String label,
		@Size(max = 200, message = "must be at most 200 characters")
		@Pattern(regexp = AddressRules.NOT_BLANK, message = "must not be blank") String line1,
		@Size(max = 200, message = "must be at most 200 characters") String line2,
		@Size(max = 120, message = "must be at most 120 characters") String landmark,
		@Size(max = 80, message = "must be at most 80 characters")
		@Pattern(regexp = AddressRules.NOT_BLANK, message = "must not be blank") String city,
		@Size(max = 80, message = "must be at most 80 characters")
		@Pattern(regexp = AddressRules.NOT_BLANK, message = "must not be blank") String state,
		@Pattern(regexp = AddressRules.PINCODE, message = AddressRules.PINCODE_MESSAGE) String pincode,
		@DecimalMin(value = "-90", message = "must be between -90 and 90")
		@DecimalMax(value = "90", message = "must be between -90 and 90") Double latitude,
		@DecimalMin(value = "-180", message = "must be between -180 and 180")
		@DecimalMax(value = "180", message = "must be between -180 and 180") Double longitude,
		Boolean isDefault) {

	AddressFields applyTo(Address current) {
		return new AddressFields(label != null ? AddressRules.orDefaultLabel(label) : current.label(),
				line1 != null ? line1.strip() : current.line1(),
				line2 != null ? AddressRules.blankToNull(line2) : current.line2(),
				landmark != null ? AddressRules.blankToNull(landmark) : current.landmark(),
				city != null ? city.strip() : current.city(), state != null ? state.strip() : current.state(),
				pincode != null ? pincode : current.pincode(), latitude != null ? latitude : current.latitude(),
				longitude != null ? longitude : current.longitude());
	}
}
