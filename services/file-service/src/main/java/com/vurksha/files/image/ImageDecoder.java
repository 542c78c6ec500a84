package com.vurksha.files.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.luciad.imageio.webp.WebPReadParam;

/**
 * Decodes the pixels, upright and on white, after checking the size the header declares: the raster is allocated
 * only for images within the limits, and a source much wider than the widest variant is read subsampled, which
 * cuts memory and time by the square of the factor.
 */
final class ImageDecoder {

	/** The pixels once upright, and the size of the source image once upright (the pixels may be subsampled). */
	record Decoded(BufferedImage pixels, int width, int height) {
	}

	private final ImageLimits limits;

	ImageDecoder(ImageLimits limits) {
		this.limits = limits;
	}

	/**
	 * Decodes {@code bytes} in {@code format} (JPEG, PNG or WebP), turned by the EXIF {@code orientation}, keeping at
	 * least twice {@code widestVariant} pixels across so the downscale has detail to work with.
	 */
	Decoded decode(byte[] bytes, ImageFormat format, int orientation, int widestVariant) {
		ImageReader reader = readerFor(format);
		List<String> warnings = new ArrayList<>();
		reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			limits.checkPixels(width, height);
			boolean swaps = ExifOrientation.swapsSides(orientation);
			int uprightWidth = swaps ? height : width;
			int step = Math.max(1, uprightWidth / (2 * widestVariant));
			BufferedImage stored = reader.read(0, reduced(reader.getDefaultReadParam(), width, height, step));
			if (warnings.stream().anyMatch(ImageDecoder::meansTruncated)) {
				throw unreadable(String.join("; ", warnings), null);
			}
			return new Decoded(upright(stored, orientation), uprightWidth, swaps ? width : height);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImageRejected rejected) {
				throw rejected;
			}
			throw unreadable(ex.getMessage(), ex);
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * Asks the reader for one pixel in {@code step} across and down: libwebp scales while decoding (averaging, and
	 * never holding the full size); the other readers skip rows and columns as they go.
	 */
	private static ImageReadParam reduced(ImageReadParam param, int width, int height, int step) {
		if (step > 1 && param instanceof WebPReadParam webp) {
			webp.setUseScaling(true);
			webp.setScaledWidth(Math.max(1, width / step));
			webp.setScaledHeight(Math.max(1, height / step));
		}
		else if (step > 1) {
			param.setSourceSubsampling(step, step, 0, 0);
		}
		return param;
	}

	/** The image turned upright, as opaque RGB: transparent areas become white, since JPEG has no alpha. */
	private static BufferedImage upright(BufferedImage stored, int orientation) {
		boolean swaps = ExifOrientation.swapsSides(orientation);
		int width = swaps ? stored.getHeight() : stored.getWidth();
		int height = swaps ? stored.getWidth() : stored.getHeight();
		BufferedImage upright = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = upright.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
					RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
			graphics.drawImage(stored,
					ExifOrientation.transform(orientation, stored.getWidth(), stored.getHeight()), null);
		}
		finally {
			graphics.dispose();
		}
		return upright;
	}

	/**
	 * A JPEG cut short decodes with a warning and grey where the data ends; an upload that broke off is refused
	 * rather than published half grey. Other warnings (an odd ICC profile, extra bytes) leave the image usable.
	 */
	private static boolean meansTruncated(String warning) {
		return warning != null && warning.toLowerCase(Locale.ROOT).contains("premature end");
	}

	/**
	 * JPEG: TwelveMonkeys' reader (CMYK, broken ICC profiles), which registers ahead of the JDK's. WebP: libwebp's,
	 * some twenty times faster than TwelveMonkeys' pure-Java decoder and able to scale while decoding; it reads the
	 * first frame of no animation, which is refused as unreadable. PNG: the JDK's.
	 */
	private static ImageReader readerFor(ImageFormat format) {
		String preferred = (format == ImageFormat.WEBP) ? "com.luciad." : "com.twelvemonkeys.";
		Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType());
		ImageReader chosen = null;
		while (readers.hasNext()) {
			ImageReader reader = readers.next();
			if (chosen == null || reader.getClass().getName().startsWith(preferred)) {
				chosen = reader;
			}
		}
		if (chosen == null) {
			throw new IllegalStateException("No ImageIO reader for " + format.mediaType());
		}
		return chosen;
	}

	private static ImageRejected unreadable(String detail, Throwable cause) {
		ImageRejected rejected = new ImageRejected(ImageRejected.Reason.UNREADABLE,
				"The image could not be decoded (truncated or corrupt)" + ((detail != null) ? ": " + detail : ""));
		if (cause != null) {
			rejected.initCause(cause);
		}
		return rejected;
	}
}
