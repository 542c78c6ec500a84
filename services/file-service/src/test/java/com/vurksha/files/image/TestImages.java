package com.vurksha.files.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

/** Images made in code for the pipeline's tests: no binary fixtures to trust or keep. */
final class TestImages {

	private TestImages() {
	}

	static ImageLimits limits() {
		return new ImageLimits(40_000_000, 12_000, 0.85f, 0.8f, 2, 8, "heif-dec");
	}

	/** A red top-left quarter on a blue-to-green gradient, so a turn or a mirror shows where the quarter went. */
	static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, Color.BLUE, width, height, Color.GREEN));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height / 2);
		graphics.dispose();
		return image;
	}

	/** Fully transparent but for an opaque black square in the middle. */
	static byte[] transparent(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.BLACK);
		graphics.fillRect(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		return encode(image, format);
	}

	static byte[] jpeg(int width, int height) {
		return encode(picture(width, height), "jpeg");
	}

	static byte[] png(int width, int height) {
		return encode(picture(width, height), "png");
	}

	static byte[] webp(int width, int height) {
		return encode(picture(width, height), "webp");
	}

	static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static BufferedImage decode(byte[] bytes) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw new IllegalStateException("Not an image");
			}
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * {@code jpeg} with an EXIF APP1 segment right after SOI: IFD0 holds the orientation and a pointer to a GPS IFD
	 * with a latitude (48° N), as a phone writes them.
	 */
	static byte[] withExif(byte[] jpeg, int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(92);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
		tiff.putInt(0);
		// GPS IFD at 38: GPSLatitudeRef "N", GPSLatitude 48/1 0/1 0/1 at 68
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
		tiff.putInt(0);
		tiff.putInt(48).putInt(1).putInt(0).putInt(1).putInt(0).putInt(1);
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
		ByteBuffer segment = ByteBuffer.allocate(4 + exif.length);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + exif.length)).put(exif);
		byte[] rest = new byte[jpeg.length - 2];
		System.arraycopy(jpeg, 2, rest, 0, rest.length);
		return concat(new byte[] { (byte) 0xFF, (byte) 0xD8 }, concat(segment.array(), rest));
	}

	/** A valid PNG header declaring {@code width} × {@code height}, then a few bytes of data: a decompression bomb's head. */
	static byte[] pngHeader(int width, int height) {
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
		header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		Deflater deflater = new Deflater();
		deflater.setInput(new byte[1024]);
		deflater.finish();
		byte[] data = new byte[64];
		data = Arrays.copyOf(data, deflater.deflate(data));
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
		return concat(signature, concat(chunk("IHDR", header.array()), concat(chunk("IDAT", data), chunk("IEND",
				new byte[0]))));
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length)
			.putInt(data.length)
			.put(typeBytes)
			.put(data)
			.putInt((int) crc.getValue())
			.array();
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}
}
