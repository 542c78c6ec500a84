package com.vurksha.files.file;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A verified file as clients see it.
 *
 * @param fileId the id to attach it with (product images, a failed delivery's proof)
 * @param purpose {@code product-image} or {@code delivery-proof}
 * @param status always {@code READY}: only verified files have ids
 * @param width the picture's width once oriented, in pixels
 * @param height its height
 * @param deliveryId for a delivery proof, the delivery it was taken for; otherwise null
 * @param variants by size: {@code thumb} (200 px wide), {@code card} (400), {@code full} (1200); a delivery proof
 *        has {@code full} only. Never wider than the original.
 */
@Schema(name = "File")
public record FileView(String fileId, String purpose, String status, int width, int height, String deliveryId,
		Map<String, VariantView> variants) {

	/**
	 * One size of a file.
	 *
	 * @param url where to load it in the preferred format: public variants from the CDN (immutable, cacheable for a
	 *        year), private ones by a presigned URL valid for minutes
	 * @param format the preferred format: {@code webp} for product images, {@code jpeg} for delivery proofs
	 * @param sources every format this size exists in, preferred first (product images: webp, then jpeg)
	 */
	@Schema(name = "FileVariant")
	public record VariantView(String url, int width, int height, String format, List<Source> sources) {
	}

	/** One format of a variant. */
	@Schema(name = "FileVariantSource")
	public record Source(String format, String url) {
	}
}
