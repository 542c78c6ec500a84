package com.vurksha.files.image;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * What the image pipeline accepts and how hard it works. The pixel limits are checked on the header, before a
 * raster is allocated: a 40 MP image decodes into about 160 MB, so larger ones (or a crafted PNG claiming
 * 20,000 × 20,000) are refused instead.
 *
 * @param maxPixels the most pixels (width × height) an image may have (default 40,000,000)
 * @param maxSide the longest side an image may have, in pixels (default 12,000)
 * @param jpegQuality quality of the JPEG variants, 0 to 1 (default 0.85)
 * @param webpQuality quality of the lossy WebP variants, 0 to 1 (default 0.8)
 * @param workers images processed at once (default 2; each may hold one decoded image)
 * @param queue images waiting for a worker before more are refused as busy (default 8)
 * @param heifDecoder the libheif command that turns HEIC into PNG: a name looked up on the {@code PATH} or a path
 * (default {@code heif-dec}; {@code heif-convert}, its name before libheif 1.17, is tried when it is absent)
 */
@Validated
@ConfigurationProperties("vurksha.files.images")
public record ImageLimits(@DefaultValue("40000000") @Min(1) long maxPixels, @DefaultValue("12000") @Min(1) int maxSide,
		@DefaultValue("0.85") @DecimalMin("0.0") @DecimalMax("1.0") float jpegQuality,
		@DefaultValue("0.8") @DecimalMin("0.0") @DecimalMax("1.0") float webpQuality,
		@DefaultValue("2") @Min(1) @Max(64) int workers, @DefaultValue("8") @Min(1) int queue,
		@DefaultValue("heif-dec") @NotBlank String heifDecoder) {

	/** Refuses an image of {@code width} × {@code height} pixels when it exceeds a limit. */
	void checkPixels(long width, long height) {
		if (width * height > maxPixels || width > maxSide || height > maxSide) {
			throw new ImageRejected(ImageRejected.Reason.TOO_MANY_PIXELS,
					"The image is " + width + " × " + height + " pixels; at most " + maxPixels + " pixels and "
							+ maxSide + " on the longest side are accepted");
		}
	}
}
