package com.vurksha.files.image;

import java.util.ArrayList;
import java.util.List;

/** The markers of a JPEG's segments before its image data, to show which metadata an encoder wrote. */
final class JpegSegments {

	private JpegSegments() {
	}

	static List<Integer> markers(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			markers.add(marker);
			if (marker == 0xDA) {
				break;
			}
			at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
		}
		return markers;
	}
}
