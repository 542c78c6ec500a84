package com.vurksha.files.support;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

/** Pictures made in code, including the hostile ones an upload must survive. */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] jpeg(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
	}

	public static byte[] png(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	/**
	 * A JPEG carrying an Exif block with a GPS position (12°58′ N), as a phone writes it: APP1 "Exif", a TIFF header,
	 * IFD0 pointing to a GPS IFD with GPSLatitudeRef and GPSLatitude.
	 */
	public static byte[] jpegWithGps(int width, int height) {
		byte[] jpeg = jpeg(width, height);
		ByteBuffer tiff = ByteBuffer.allocate(80).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		// IFD0: one entry, GPSInfo -> the GPS IFD at 26
		tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
		// GPS IFD: GPSLatitudeRef "N", GPSLatitude 3 rationals at 56
		tiff.putShort((short) 2);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).put((byte) 0).put((byte) 0);
		tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
		tiff.putInt(0);
		tiff.putInt(12).putInt(1).putInt(58).putInt(1).putInt(0).putInt(1);
		byte[] tiffBytes = new byte[tiff.position()];
		tiff.flip().get(tiffBytes);
		byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
		int length = 2 + exif.length + tiffBytes.length;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes(exif);
		out.writeBytes(tiffBytes);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/**
	 * A PNG that says it is {@code width} × {@code height} pixels with a few bytes of data: decoding it would need
	 * gigabytes, so it must be refused from its header.
	 */
	public static byte[] pngClaiming(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
		header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", header.array());
		Deflater deflater = new Deflater();
		deflater.setInput(new byte[64 * 1024]);
		deflater.finish();
		byte[] compressed = new byte[1024];
		int size = deflater.deflate(compressed);
		byte[] data = new byte[size];
		System.arraycopy(compressed, 0, data, 0, size);
		chunk(out, "IDAT", data);
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/** Whether {@code needle} occurs in {@code haystack}. */
	public static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static BufferedImage picture(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(0x2E7D32), width, height, new Color(0xF9A825)));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.WHITE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No writer for " + format);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
