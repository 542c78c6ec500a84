package com.vurksha.user.address;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new address.
 *
 * @param label what the customer calls it ("Home", "Office"); "Home" when left out
 * @param pincode six digits, not starting with 0 (Indian PIN codes)
 * @param isDefault make it the default; the first address always is
 */
record NewAddress(@Size(max = 30, message = "must be at most 30 characters") String label,
		@NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String line1,
		@Size(max = 200, message = "must be at most 200 characters") String line2,
		@Size(max = 120, message = "must be at most 120 characters") String landmark,
		@NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters") String city,
		@NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters") String state,
		@NotBlank(message = "is required") @Pattern(regexp = AddressRules.PINCODE,
				message = AddressRules.PINCODE_MESSAGE) String pincode,
		@DecimalMin(value = "-90", message = "must be between -90 and 90")
		@DecimalMax(value = "90", message = "must be between -90 and 90") Double latitude,
		@DecimalMin(value = "-180", message = "must be between -180 and 180")
		@DecimalMax(value = "180", message = "must be between -180 and 180") Double longitude,
		Boolean isDefault) {

	AddressFields fields() {
		return new AddressFields(AddressRules.orDefaultLabel(label), line1.strip(), AddressRules.blankToNull(line2),
				AddressRules.blankToNull(landmark), city.strip(), state.strip(), pincode, latitude, longitude);
	}
}
