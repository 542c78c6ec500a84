package com.vurksha.files.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.vurksha.files.image.ImageRejected.Reason;
import com.vurksha.files.image.ProcessedImage.EncodedVariant;

class ImagePipelineTests {

	private final ImagePipeline pipeline = new ImagePipeline(TestImages.limits());

	@Nested
	class ProductVariants {

		@Test
		void encodesSixVariantsFromJpeg() {
			assertSixProductVariants(pipeline.process(TestImages.jpeg(1600, 1200), VariantPlan.PRODUCT_IMAGE),
					ImageFormat.JPEG);
		}

		@Test
		void encodesSixVariantsFromPng() {
			assertSixProductVariants(pipeline.process(TestImages.png(1600, 1200), VariantPlan.PRODUCT_IMAGE),
					ImageFormat.PNG);
		}

		@Test
		void encodesSixVariantsFromWebp() {
			assertSixProductVariants(pipeline.process(TestImages.webp(1600, 1200), VariantPlan.PRODUCT_IMAGE),
					ImageFormat.WEBP);
		}

		@Test
		void readsSubsampledWhenTheSourceIsMuchWiderThanTheVariants() {
			ImageDecoder.Decoded image = new ImageDecoder(TestImages.limits()).decode(TestImages.jpeg(1600, 1200),
					ImageFormat.JPEG, ExifOrientation.UPRIGHT, 200);

			assertThat(image.width()).isEqualTo(1600);
			assertThat(image.height()).isEqualTo(1200);
			assertThat(image.pixels().getWidth()).isEqualTo(400);
			assertThat(image.pixels().getHeight()).isEqualTo(300);
		}

		@Test
		void readsWebpScaledDownByLibwebpWhenTheSourceIsMuchWiderThanTheVariants() {
			ImageDecoder.Decoded image = new ImageDecoder(TestImages.limits()).decode(TestImages.webp(1600, 1200),
					ImageFormat.WEBP, ExifOrientation.UPRIGHT, 200);

			assertThat(image.width()).isEqualTo(1600);
			assertThat(image.pixels().getWidth()).isEqualTo(400);
			assertThat(image.pixels().getHeight()).isEqualTo(300);
		}

		@Test
		void scalesASubsampledSourceToTheVariantWidth() {
			VariantPlan thumbnail = new VariantPlan(List.of(new VariantPlan.Size("thumb", 150, List.of(ImageFormat.JPEG))));

			ProcessedImage image = pipeline.process(TestImages.jpeg(1600, 1200), thumbnail);

			assertThat(image.width()).isEqualTo(1600);
			BufferedImage thumb = TestImages.decode(image.variants().get(0).bytes());
			assertThat(thumb.getWidth()).isEqualTo(150);
			assertThat(thumb.getHeight()).isEqualTo(113);
			isRed(new Color(thumb.getRGB(20, 20)));
		}

		@Test
		void neverEnlargesASmallImage() {
			ProcessedImage image = pipeline.process(TestImages.png(100, 80), VariantPlan.PRODUCT_IMAGE);

			assertThat(image.variants()).extracting(EncodedVariant::width, EncodedVariant::height)
				.containsOnly(tuple(100, 80));
			assertThat(image.variants()).allSatisfy(variant -> assertThat(TestImages.decode(variant.bytes()).getWidth())
				.isEqualTo(100));
		}

		private void assertSixProductVariants(ProcessedImage image, ImageFormat source) {
			assertThat(image.sourceFormat()).isEqualTo(source);
			assertThat(image.width()).isEqualTo(1600);
			assertThat(image.height()).isEqualTo(1200);
			assertThat(image.variants())
				.extracting(EncodedVariant::name, EncodedVariant::format, EncodedVariant::width, EncodedVariant::height)
				.containsExactly(tuple("thumb", ImageFormat.WEBP, 200, 150), tuple("thumb", ImageFormat.JPEG, 200, 150),
						tuple("card", ImageFormat.WEBP, 400, 300), tuple("card", ImageFormat.JPEG, 400, 300),
						tuple("full", ImageFormat.WEBP, 1200, 900), tuple("full", ImageFormat.JPEG, 1200, 900));
			for (EncodedVariant variant : image.variants()) {
				assertThat(ImageSniffer.formatOf(variant.bytes())).isEqualTo(variant.format());
				BufferedImage decoded = TestImages.decode(variant.bytes());
				assertThat(decoded.getWidth()).isEqualTo(variant.width());
				assertThat(decoded.getHeight()).isEqualTo(variant.height());
				assertThat(new Color(decoded.getRGB(variant.width() / 8, variant.height() / 8))).satisfies(this::isRed);
			}
		}

		private void isRed(Color color) {
			assertThat(color.getRed()).isGreaterThan(200);
			assertThat(color.getGreen()).isLessThan(60);
			assertThat(color.getBlue()).isLessThan(60);
		}
	}

	@Nested
	class Metadata {

		@Test
		void turnsThePhotoUprightAndDropsExifAndGps() {
			byte[] photo = TestImages.withExif(TestImages.jpeg(800, 600), 6);
			assertThat(indexOf(photo, "Exif")).isPositive();

			ProcessedImage image = pipeline.process(photo, VariantPlan.PRODUCT_IMAGE);

			assertThat(image.width()).isEqualTo(600);
			assertThat(image.height()).isEqualTo(800);
			for (EncodedVariant variant : image.variants()) {
				assertThat(indexOf(variant.bytes(), "Exif")).as("Exif in %s", variant).isNegative();
				assertThat(indexOf(variant.bytes(), "EXIF")).as("EXIF chunk in %s", variant).isNegative();
				if (variant.format() == ImageFormat.JPEG) {
					assertThat(JpegSegments.markers(variant.bytes())).doesNotContain(0xE1);
				}
				BufferedImage decoded = TestImages.decode(variant.bytes());
				assertThat(decoded.getHeight()).isGreaterThan(decoded.getWidth());
				// turned clockwise: the red top-left quarter is now the top-right one
				int topRight = decoded.getRGB(decoded.getWidth() * 7 / 8, decoded.getHeight() / 8);
				int topLeft = decoded.getRGB(decoded.getWidth() / 8, decoded.getHeight() / 8);
				assertThat(new Color(topRight).getRed()).as("top right of %s", variant).isGreaterThan(200);
				assertThat(new Color(topLeft).getRed()).as("top left of %s", variant).isLessThan(60);
			}
		}

		@Test
		void readsEveryOrientationTheWayExifDefinesIt() {
			// where the red top-left quarter of the stored pixels ends up once upright (column, row)
			List<int[]> redCorner = List.of(new int[] { 0, 0 }, new int[] { 1, 0 }, new int[] { 1, 1 },
					new int[] { 0, 1 }, new int[] { 0, 0 }, new int[] { 1, 0 }, new int[] { 1, 1 }, new int[] { 0, 1 });
			for (int orientation = 1; orientation <= 8; orientation++) {
				byte[] photo = TestImages.withExif(TestImages.jpeg(400, 200), orientation);

				ProcessedImage image = pipeline.process(photo, VariantPlan.DELIVERY_PROOF);

				BufferedImage upright = TestImages.decode(image.variants().get(0).bytes());
				boolean swapped = orientation >= 5;
				assertThat(upright.getWidth()).isEqualTo(swapped ? 200 : 400);
				int[] corner = redCorner.get(orientation - 1);
				int x = (corner[0] == 0) ? upright.getWidth() / 8 : upright.getWidth() * 7 / 8;
				int y = (corner[1] == 0) ? upright.getHeight() / 8 : upright.getHeight() * 7 / 8;
				assertThat(new Color(upright.getRGB(x, y)).getRed()).as("orientation %d", orientation)
					.isGreaterThan(200);
			}
		}

		@Test
		void flattensTransparentPngOnWhite() {
			assertFlattenedOnWhite(pipeline.process(TestImages.transparent("png", 400, 400), VariantPlan.PRODUCT_IMAGE));
		}

		@Test
		void flattensTransparentWebpOnWhite() {
			ProcessedImage image = pipeline.process(TestImages.transparent("webp", 400, 400), VariantPlan.PRODUCT_IMAGE);

			assertThat(image.sourceFormat()).isEqualTo(ImageFormat.WEBP);
			assertFlattenedOnWhite(image);
		}

		private void assertFlattenedOnWhite(ProcessedImage image) {
			for (EncodedVariant variant : image.variants()) {
				BufferedImage decoded = TestImages.decode(variant.bytes());
				assertThat(decoded.getColorModel().hasAlpha()).isFalse();
				Color corner = new Color(decoded.getRGB(2, 2));
				Color middle = new Color(decoded.getRGB(decoded.getWidth() / 2, decoded.getHeight() / 2));
				assertThat(corner.getRed()).as("corner of %s", variant).isGreaterThan(240);
				assertThat(corner.getGreen()).isGreaterThan(240);
				assertThat(middle.getRed()).as("middle of %s", variant).isLessThan(20);
			}
		}
	}

	@Nested
	class Refusals {

		@Test
		void takesAPngNamedJpgForThePngItIs() {
			assertThat(pipeline.process(TestImages.png(300, 200), VariantPlan.DELIVERY_PROOF).sourceFormat())
				.isEqualTo(ImageFormat.PNG);
		}

		@Test
		void refusesTextAsUnsupported() {
			byte[] text = "#!/bin/sh\necho this is not a photo\n".getBytes(StandardCharsets.UTF_8);

			assertThatThrownBy(() -> pipeline.process(text, VariantPlan.PRODUCT_IMAGE)).isInstanceOf(ImageRejected.class)
				.hasMessageContaining("JPEG, PNG, WebP or HEIC")
				.extracting(ex -> ((ImageRejected) ex).reason())
				.isEqualTo(Reason.UNSUPPORTED);
		}

		@Test
		void refusesAnMp4AsUnsupported() {
			byte[] mp4 = TestImages.concat(new byte[] { 0, 0, 0, 0x18 },
					"ftypisom\0\0\2\0isomiso2".getBytes(StandardCharsets.ISO_8859_1));

			assertThat(reasonFor(mp4)).isEqualTo(Reason.UNSUPPORTED);
		}

		@Test
		void refusesADecompressionBombFromItsHeaderAtOnce() {
			byte[] bomb = TestImages.pngHeader(20_000, 20_000);
			long start = System.nanoTime();

			assertThat(reasonFor(bomb)).isEqualTo(Reason.TOO_MANY_PIXELS);
			assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(1000);
		}

		@Test
		void refusesAPanoramaLongerThanTheLongestSide() {
			assertThat(reasonFor(TestImages.pngHeader(13_000, 100))).isEqualTo(Reason.TOO_MANY_PIXELS);
		}

		@Test
		void refusesATruncatedJpegAsUnreadable() {
			byte[] jpeg = TestImages.jpeg(800, 600);

			assertThat(reasonFor(Arrays.copyOf(jpeg, jpeg.length / 2))).isEqualTo(Reason.UNREADABLE);
			assertThat(reasonFor(Arrays.copyOf(jpeg, 40))).isEqualTo(Reason.UNREADABLE);
		}

		@Test
		void refusesACorruptPngAsUnreadable() {
			byte[] png = TestImages.png(800, 600);

			assertThat(reasonFor(Arrays.copyOf(png, png.length / 2))).isEqualTo(Reason.UNREADABLE);
		}

		@Test
		void refusesACorruptWebpAsUnreadable() {
			byte[] webp = TestImages.webp(800, 600);

			assertThat(reasonFor(Arrays.copyOf(webp, webp.length / 2))).isEqualTo(Reason.UNREADABLE);
			assertThat(reasonFor(Arrays.copyOf(webp, 16))).isEqualTo(Reason.UNREADABLE);
		}

		private Reason reasonFor(byte[] bytes) {
			try {
				pipeline.process(bytes, VariantPlan.PRODUCT_IMAGE);
			}
			catch (ImageRejected ex) {
				return ex.reason();
			}
			throw new AssertionError("Not refused");
		}
	}

	static int indexOf(byte[] bytes, String text) {
		byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
		outer: for (int i = 0; i <= bytes.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (bytes[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
