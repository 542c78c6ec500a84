package com.vurksha.product.farm;

/** A partner farm and where it is. */
public record Farm(String id, String slug, String name, String village, String district, String state,
		String description, boolean certifiedOrganic) {
}
