package com.vurksha.product.catalog;

/** Small references to other catalogue entities, embedded in product answers. */
final class Refs {

	private Refs() {
	}

	/** The category a product sits in. */
	record CategoryRef(String id, String slug, String name, String nameHi) {
	}

	/** The farm a product or variant comes from, with enough to show "from Ravi's farm, Kolar". */
	record FarmRef(String id, String slug, String name, String village, String district, String state,
			boolean certifiedOrganic) {
	}

	/** The farm that grows one variant. */
	record GrowerRef(String id, String name) {
	}

	/**
	 * Average of the published reviews' ratings (1 to 5) to one decimal, and how many there are; 0 and 0 until
	 * reviews arrive. The review module keeps it in the product row.
	 */
	record Rating(double average, int count) {
	}
}
