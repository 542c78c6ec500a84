package com.vurksha.files.image;

import java.awt.geom.AffineTransform;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 in the first IFD of the {@code Exif} APP1 segment): phones store the
 * pixels as the sensor saw them and say in this tag how to turn them. The variants are written upright and
 * without any metadata, so the tag has to be applied here or the photo would show on its side.
 */
final class ExifOrientation {

	static final int UPRIGHT = 1;

	private static final int ORIENTATION_TAG = 0x0112;

	private static final int SHORT = 3;

	private ExifOrientation() {
	}

	/** The orientation, 1 to 8; {@link #UPRIGHT} when there is none or it cannot be read. */
	static int of(byte[] jpeg) {
		ByteBuffer in = ByteBuffer.wrap(jpeg);
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			if (marker == 0xDA || marker == 0xD9) {
				break;
			}
			int length = in.getShort(at + 2) & 0xFFFF;
			if (marker == 0xE1 && length > 8 && at + 2 + length <= jpeg.length && isExif(jpeg, at + 4)) {
				return fromTiff(ByteBuffer.wrap(jpeg, at + 10, length - 8).slice());
			}
			at += 2 + length;
		}
		return UPRIGHT;
	}

	/** Whether width and height trade places once the orientation is applied. */
	static boolean swapsSides(int orientation) {
		return orientation >= 5 && orientation <= 8;
	}

	/** Maps the stored pixels ({@code width} × {@code height}) onto the upright image. */
	static AffineTransform transform(int orientation, int width, int height) {
		return switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);
			default -> new AffineTransform();
		};
	}

	private static boolean isExif(byte[] jpeg, int at) {
		return jpeg[at] == 'E' && jpeg[at + 1] == 'x' && jpeg[at + 2] == 'i' && jpeg[at + 3] == 'f'
				&& jpeg[at + 4] == 0 && jpeg[at + 5] == 0;
	}

	private static int fromTiff(ByteBuffer tiff) {
		try {
			tiff.order((tiff.get(0) == 'I') ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
			int ifd = tiff.getInt(4);
			int entries = tiff.getShort(ifd) & 0xFFFF;
			for (int i = 0; i < entries; i++) {
				int entry = ifd + 2 + 12 * i;
				if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG && (tiff.getShort(entry + 2) & 0xFFFF) == SHORT) {
					int value = tiff.getShort(entry + 8) & 0xFFFF;
					return (value >= 1 && value <= 8) ? value : UPRIGHT;
				}
			}
		}
		catch (IndexOutOfBoundsException ex) {
			// a damaged EXIF block says nothing reliable about orientation; the pixels are shown as stored
		}
		return UPRIGHT;
	}
}
