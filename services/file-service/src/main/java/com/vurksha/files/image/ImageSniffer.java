package com.vurksha.files.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Tells the format from the first bytes, never from a name or a declared type, which the sender controls: a PNG
 * named {@code .jpg} is a PNG, and a script named {@code .jpg} is nothing.
 */
final class ImageSniffer {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	/** HEIF still-image brands; an AVIF ({@code avif}) or an MP4 video ({@code isom}, {@code mp42}) is not one. */
	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "heim", "heis", "hevm", "hevs",
			"mif1", "msf1");

	private ImageSniffer() {
	}

	static ImageFormat formatOf(byte[] bytes) {
		if (startsWith(bytes, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return ImageFormat.JPEG;
		}
		if (startsWith(bytes, 0, PNG)) {
			return ImageFormat.PNG;
		}
		if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
			return ImageFormat.WEBP;
		}
		if (startsWith(bytes, 4, ascii("ftyp")) && bytes.length >= 12
				&& HEIF_BRANDS.contains(new String(bytes, 8, 4, StandardCharsets.ISO_8859_1))) {
			return ImageFormat.HEIC;
		}
		throw new ImageRejected(ImageRejected.Reason.UNSUPPORTED,
				"Not an image in a supported format: send a JPEG, PNG, WebP or HEIC photo");
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		return bytes.length >= offset + prefix.length
				&& Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}
}
