package com.vurksha.files.image;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the declared size of a HEIF image from its ISO-BMFF boxes ({@code meta / iprp / ipco / ispe}) without
 * decoding it, so a huge image is refused before libheif allocates its pixels.
 */
final class HeifBoxes {

	private final ByteBuffer bytes;

	private HeifBoxes(ByteBuffer bytes) {
		this.bytes = bytes;
	}

	/**
	 * The largest width and height found in the {@code ispe} (image spatial extent) properties, which every HEIF
	 * image item must have; the primary image (or its grid) is the largest.
	 */
	static Optional<long[]> largestImageSize(byte[] heif) {
		long[] largest = null;
		for (long[] size : new HeifBoxes(ByteBuffer.wrap(heif)).spatialExtents()) {
			if (largest == null || size[0] * size[1] > largest[0] * largest[1]) {
				largest = size;
			}
		}
		return Optional.ofNullable(largest);
	}

	private List<long[]> spatialExtents() {
		List<long[]> found = new ArrayList<>();
		try {
			walk(0, bytes.limit(), found);
		}
		catch (IndexOutOfBoundsException ex) {
			// a damaged box tree; libheif will say whether the file decodes, and the PNG is checked after
		}
		return found;
	}

	private void walk(int from, int to, List<long[]> found) {
		int at = from;
		while (at + 8 <= to) {
			long size = bytes.getInt(at) & 0xFFFFFFFFL;
			String type = new String(new byte[] { bytes.get(at + 4), bytes.get(at + 5), bytes.get(at + 6),
					bytes.get(at + 7) }, StandardCharsets.ISO_8859_1);
			int header = 8;
			if (size == 1) {
				size = bytes.getLong(at + 8);
				header = 16;
			}
			else if (size == 0) {
				size = to - at;
			}
			if (size < header || at + size > to) {
				return;
			}
			int end = (int) (at + size);
			switch (type) {
				case "meta" -> walk(at + header + 4, end, found);
				case "iprp", "ipco" -> walk(at + header, end, found);
				case "ispe" -> found.add(new long[] { bytes.getInt(at + header + 4) & 0xFFFFFFFFL,
						bytes.getInt(at + header + 8) & 0xFFFFFFFFL });
				default -> {
				}
			}
			at = end;
		}
	}
}
