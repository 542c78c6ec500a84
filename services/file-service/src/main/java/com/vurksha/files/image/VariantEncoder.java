package com.vurksha.files.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.luciad.imageio.webp.WebPWriteParam;

import com.vurksha.files.image.ProcessedImage.EncodedVariant;

/**
 * Scales the upright image to each size of a plan and encodes it in each format. Downscaling halves the image
 * step by step before the last bicubic step, as one large bicubic step would skip most source pixels and alias.
 * Nothing is enlarged. The encoders get no metadata, so the variants carry none: no EXIF, no GPS position.
 */
final class VariantEncoder {

	private final ImageLimits limits;

	VariantEncoder(ImageLimits limits) {
		this.limits = limits;
	}

	List<EncodedVariant> encode(ImageDecoder.Decoded image, VariantPlan plan) {
		List<EncodedVariant> variants = new ArrayList<>();
		for (VariantPlan.Size size : plan.sizes()) {
			int width = Math.min(size.width(), image.width());
			int height = (int) Math.max(1, Math.round((double) image.height() * width / image.width()));
			BufferedImage scaled = scale(image.pixels(), width, height);
			for (ImageFormat format : size.formats()) {
				variants.add(new EncodedVariant(size.name(), format, width, height, write(scaled, format)));
			}
		}
		return variants;
	}

	static BufferedImage scale(BufferedImage source, int width, int height) {
		BufferedImage current = source;
		while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
			current = draw(current, current.getWidth() / 2, current.getHeight() / 2,
					RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		}
		if (current.getWidth() == width && current.getHeight() == height) {
			return current;
		}
		return draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
	}

	private static BufferedImage draw(BufferedImage source, int width, int height, Object interpolation) {
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private byte[] write(BufferedImage image, ImageFormat format) {
		ImageWriter writer = writerFor(format);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, null), param(writer, format));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not encode a " + format.wireName() + " variant", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private ImageWriteParam param(ImageWriter writer, ImageFormat format) {
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		if (param instanceof WebPWriteParam webp) {
			webp.setCompressionType(webp.getCompressionTypes()[WebPWriteParam.LOSSY_COMPRESSION]);
			webp.setCompressionQuality(limits.webpQuality());
		}
		else {
			param.setCompressionQuality(limits.jpegQuality());
			if (param instanceof JPEGImageWriteParam jpeg) {
				jpeg.setOptimizeHuffmanTables(true);
			}
		}
		return param;
	}

	/** The WebP writer is the libwebp one; JPEG uses the JDK's encoder (TwelveMonkeys' delegates to it). */
	private static ImageWriter writerFor(ImageFormat format) {
		if (format != ImageFormat.JPEG && format != ImageFormat.WEBP) {
			throw new IllegalArgumentException("Variants are written as JPEG or WebP, not " + format.wireName());
		}
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(format.mediaType());
		while (writers.hasNext()) {
			ImageWriter writer = writers.next();
			if (format == ImageFormat.JPEG || writer.getClass().getName().startsWith("com.luciad.")) {
				return writer;
			}
		}
		throw new IllegalStateException("No ImageIO writer for " + format.mediaType());
	}
}
