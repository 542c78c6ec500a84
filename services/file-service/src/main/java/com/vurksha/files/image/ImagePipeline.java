package com.vurksha.files.image;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

/**
 * Turns uploaded bytes into the variants of a plan: recognises the format by its bytes, refuses images too large
 * to decode safely before decoding them, turns the pixels upright, and encodes each size without metadata.
 * Memory: one decoded image, subsampled to at most about twice the widest variant (4 bytes a pixel), plus the
 * scaled copies; run it on {@link ImageWorkers} so only a few images are in memory at once.
 */
@Component
public class ImagePipeline {

	private final ImageLimits limits;

	private final ImageDecoder decoder;

	private final VariantEncoder encoder;

	private final HeifConverter heif;

	public ImagePipeline(ImageLimits limits) {
		// registers the plugins of the application's class loader (TwelveMonkeys, the WebP writer) whichever thread
		// first uses ImageIO, and fails at start-up rather than at the first upload when libwebp is unusable
		ImageIO.scanForPlugins();
		if (!ImageIO.getImageWritersByMIMEType(ImageFormat.WEBP.mediaType()).hasNext()) {
			throw new IllegalStateException("No WebP writer: webp-imageio and its libwebp are missing");
		}
		this.limits = limits;
		this.decoder = new ImageDecoder(limits);
		this.encoder = new VariantEncoder(limits);
		this.heif = new HeifConverter(limits.heifDecoder());
	}

	/**
	 * Verifies {@code bytes} and encodes every variant of {@code plan}.
	 * @throws ImageRejected when the bytes are not a supported image, have too many pixels or cannot be decoded
	 */
	public ProcessedImage process(byte[] bytes, VariantPlan plan) {
		ImageFormat format = ImageSniffer.formatOf(bytes);
		byte[] decodable = (format == ImageFormat.HEIC) ? heif.toPng(bytes, limits) : bytes;
		ImageFormat decodeAs = (format == ImageFormat.HEIC) ? ImageFormat.PNG : format;
		int orientation = (format == ImageFormat.JPEG) ? ExifOrientation.of(bytes) : ExifOrientation.UPRIGHT;
		ImageDecoder.Decoded image = decoder.decode(decodable, decodeAs, orientation, widest(plan));
		return new ProcessedImage(format, image.width(), image.height(), encoder.encode(image, plan));
	}

	private static int widest(VariantPlan plan) {
		return plan.sizes().stream().mapToInt(VariantPlan.Size::width).max().orElse(1);
	}
}
