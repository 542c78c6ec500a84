package com.vurksha.files.image;

import java.util.List;

/**
 * A verified image: its format as found in the bytes, its size once oriented, and the encoded variants (no metadata
 * in any of them).
 */
public record ProcessedImage(ImageFormat sourceFormat, int width, int height, List<EncodedVariant> variants) {

	/** One size in one format, ready to store. */
	public record EncodedVariant(String name, ImageFormat format, int width, int height, byte[] bytes) {
	}
}
