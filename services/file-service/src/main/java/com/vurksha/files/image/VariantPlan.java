package com.vurksha.files.image;

import java.util.List;

/**
 * The sizes one purpose needs: each variant at most {@code width} pixels wide (never enlarged), in each format, the
 * first format being the one clients load first.
 */
public record VariantPlan(List<Size> sizes) {

	/** Product photos: WebP and JPEG at 200, 400 and 1200 px wide. */
	public static final VariantPlan PRODUCT_IMAGE = new VariantPlan(List.of(
			new Size("thumb", 200, List.of(ImageFormat.WEBP, ImageFormat.JPEG)),
			new Size("card", 400, List.of(ImageFormat.WEBP, ImageFormat.JPEG)),
			new Size("full", 1200, List.of(ImageFormat.WEBP, ImageFormat.JPEG))));

	/** Proof-of-delivery photos: one JPEG 1200 px wide. */
	public static final VariantPlan DELIVERY_PROOF = new VariantPlan(
			List.of(new Size("full", 1200, List.of(ImageFormat.JPEG))));

	public record Size(String name, int width, List<ImageFormat> formats) {
	}
}
