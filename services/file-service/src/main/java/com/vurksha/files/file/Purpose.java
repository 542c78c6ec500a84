package com.vurksha.files.file;

import java.util.Arrays;
import java.util.Optional;

import com.vurksha.files.image.VariantPlan;

/** What a file is for: it decides who may upload it, who may see it and which sizes are made of it. */
public enum Purpose {

	/** A product photo: uploaded by operators, public, WebP and JPEG at three widths. */
	PRODUCT_IMAGE("product-image", Visibility.PUBLIC, VariantPlan.PRODUCT_IMAGE),
	/** A photo a rider takes at a door they could not deliver to: the customer and operators see it, nobody else. */
	DELIVERY_PROOF("delivery-proof", Visibility.PRIVATE, VariantPlan.DELIVERY_PROOF);

	private final String wireName;

	private final Visibility visibility;

	private final VariantPlan plan;

	Purpose(String wireName, Visibility visibility, VariantPlan plan) {
		this.wireName = wireName;
		this.visibility = visibility;
		this.plan = plan;
	}

	public static Optional<Purpose> fromWire(String name) {
		return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
	}

	public String wireName() {
		return wireName;
	}

	public Visibility visibility() {
		return visibility;
	}

	public VariantPlan plan() {
		return plan;
	}

	/** Public files are served from content-addressed keys through the CDN; private ones by presigned URLs. */
	public enum Visibility {
		PUBLIC, PRIVATE
	}
}
