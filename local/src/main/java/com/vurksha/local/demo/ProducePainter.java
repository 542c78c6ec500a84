package com.vurksha.local.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Draws a product's demo picture: a still life of the produce (a few glossy fruits or a pack, in colours picked
 * from the product's name) on a backdrop in its category's colour, with the product's name. Made in code, so the
 * demo catalogue needs no image files; the same product always gets the same picture.
 */
final class ProducePainter {

	static final int WIDTH = 800;

	static final int HEIGHT = 600;

	private ProducePainter() {
	}

	/** A PNG of the product. */
	static byte[] paint(String productId, String name, String categoryId) {
		Random random = new Random(productId.hashCode());
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		Color backdrop = backdrop(categoryId);
		g.setPaint(new GradientPaint(0, 0, backdrop.brighter(), 0, HEIGHT, backdrop));
		g.fillRect(0, 0, WIDTH, HEIGHT);
		// the table the produce lies on
		g.setColor(new Color(0x8D6E63));
		g.fillRect(0, HEIGHT * 3 / 4, WIDTH, HEIGHT / 4);
		g.setColor(new Color(0x6D4C41));
		g.fillRect(0, HEIGHT * 3 / 4, WIDTH, 8);

		Color produce = produceColour(name, random);
		boolean packed = isPacked(categoryId, name);
		if (packed) {
			pack(g, produce, random);
		}
		else {
			fruits(g, produce, random);
		}
		caption(g, name);
		g.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void fruits(Graphics2D g, Color colour, Random random) {
		int count = 3 + random.nextInt(3);
		int radius = 150 - count * 12;
		for (int i = 0; i < count; i++) {
			double x = WIDTH / 2.0 + (i - (count - 1) / 2.0) * radius * 1.35 + random.nextInt(30) - 15;
			double y = HEIGHT * 0.62 - (i % 2) * radius * 0.55 + random.nextInt(20) - 10;
			float[] stops = { 0f, 0.7f, 1f };
			Color[] colours = { colour.brighter().brighter(), colour, colour.darker() };
			g.setPaint(new RadialGradientPaint((float) (x - radius * 0.35), (float) (y - radius * 0.4), radius * 1.4f,
					stops, colours));
			g.fill(new Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 1.9));
			// a leaf on top
			g.setColor(new Color(0x2E7D32));
			Path2D leaf = new Path2D.Double();
			leaf.moveTo(x, y - radius * 0.9);
			leaf.quadTo(x + radius * 0.5, y - radius * 1.3, x + radius * 0.6, y - radius * 0.9);
			leaf.quadTo(x + radius * 0.3, y - radius * 0.8, x, y - radius * 0.9);
			g.fill(leaf);
		}
	}

	private static void pack(Graphics2D g, Color colour, Random random) {
		int w = 260 + random.nextInt(60);
		int h = 320 + random.nextInt(40);
		int x = (WIDTH - w) / 2;
		int y = (int) (HEIGHT * 0.78) - h;
		g.setPaint(new GradientPaint(x, y, colour.brighter(), x + w, y + h, colour.darker()));
		g.fillRoundRect(x, y, w, h, 40, 40);
		g.setColor(new Color(255, 255, 255, 210));
		g.fillRoundRect(x + 30, y + h / 3, w - 60, h / 3, 20, 20);
		g.setColor(colour.darker().darker());
		g.setStroke(new BasicStroke(6));
		g.drawRoundRect(x, y, w, h, 40, 40);
	}

	/** The name along the bottom; skipped where the machine has no fonts (a JDK without fontconfig fonts). */
	private static void caption(Graphics2D g, String name) {
		try {
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, name.length() > 22 ? 38 : 48));
			FontMetrics metrics = g.getFontMetrics();
			int x = Math.max(20, (WIDTH - metrics.stringWidth(name)) / 2);
			int y = HEIGHT - 50;
			g.setColor(new Color(0, 0, 0, 90));
			g.drawString(name, x + 3, y + 3);
			g.setColor(Color.WHITE);
			g.drawString(name, x, y);
		}
		catch (RuntimeException | Error ex) {
			if (ex instanceof VirtualMachineError fatal) {
				throw fatal;
			}
			// a picture without its caption is still a picture
		}
	}

	private static boolean isPacked(String categoryId, String name) {
		String text = (categoryId + " " + name).toLowerCase(java.util.Locale.ROOT);
		return text.contains("dairy") || text.contains("staple") || text.contains("dal") || text.contains("atta")
				|| text.contains("rice") || text.contains("oil") || text.contains("ghee") || text.contains("jaggery")
				|| text.contains("milk") || text.contains("paneer") || text.contains("curd") || text.contains("honey");
	}

	private static Color backdrop(String categoryId) {
		String category = categoryId.toLowerCase(java.util.Locale.ROOT);
		if (category.contains("fruit")) {
			return new Color(0xFFE0B2);
		}
		if (category.contains("dairy")) {
			return new Color(0xE3F2FD);
		}
		if (category.contains("leaf") || category.contains("green") || category.contains("herb")) {
			return new Color(0xDCEDC8);
		}
		if (category.contains("staple") || category.contains("grain") || category.contains("dal")) {
			return new Color(0xFFF3E0);
		}
		return new Color(0xE8F5E9);
	}

	private static Color produceColour(String name, Random random) {
		String n = name.toLowerCase(java.util.Locale.ROOT);
		if (n.contains("tomato") || n.contains("apple") || n.contains("chilli") || n.contains("strawberr")) {
			return new Color(0xD32F2F);
		}
		if (n.contains("banana") || n.contains("lemon") || n.contains("mango") || n.contains("corn")) {
			return new Color(0xFBC02D);
		}
		if (n.contains("orange") || n.contains("carrot") || n.contains("papaya") || n.contains("pumpkin")) {
			return new Color(0xF57C00);
		}
		if (n.contains("onion") || n.contains("brinjal") || n.contains("grape") || n.contains("beet")) {
			return new Color(0x7B1FA2);
		}
		if (n.contains("potato") || n.contains("ginger") || n.contains("jaggery") || n.contains("atta")) {
			return new Color(0xA1887F);
		}
		if (n.contains("milk") || n.contains("paneer") || n.contains("curd") || n.contains("coconut")) {
			return new Color(0xFAFAFA);
		}
		return Color.getHSBColor(0.2f + random.nextFloat() * 0.2f, 0.7f, 0.7f);
	}
}
