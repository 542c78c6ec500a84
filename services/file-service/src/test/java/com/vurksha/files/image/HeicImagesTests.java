package com.vurksha.files.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vurksha.files.image.ImageRejected.Reason;

/**
 * HEIC photos through libheif's command-line tools ({@code libheif-examples}); the photos are made by
 * {@code heif-enc} during the test, which is skipped where the package is not installed.
 */
class HeicImagesTests {

	private static byte[] heic;

	@BeforeAll
	static void encodeAPhoto(@TempDir Path dir) throws IOException, InterruptedException {
		assumeTrue(onPath("heif-enc"), "heif-enc (libheif-examples) is not installed");
		Path png = Files.write(dir.resolve("photo.png"), TestImages.png(800, 600));
		Path output = dir.resolve("photo.heic");
		Process process = new ProcessBuilder("heif-enc", "-q", "80", "-o", output.toString(), png.toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("console.txt").toFile())
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(Files.readString(dir.resolve("console.txt"))).isZero();
		heic = Files.readAllBytes(output);
	}

	@Test
	void decodesHeicThroughLibheif() {
		ProcessedImage image = new ImagePipeline(TestImages.limits()).process(heic, VariantPlan.PRODUCT_IMAGE);

		assertThat(image.sourceFormat()).isEqualTo(ImageFormat.HEIC);
		assertThat(image.width()).isEqualTo(800);
		assertThat(image.height()).isEqualTo(600);
		assertThat(image.variants()).hasSize(6);
		for (ProcessedImage.EncodedVariant variant : image.variants()) {
			BufferedImage decoded = TestImages.decode(variant.bytes());
			assertThat(decoded.getWidth()).isEqualTo(variant.width());
			assertThat(new Color(decoded.getRGB(variant.width() / 8, variant.height() / 8)).getRed())
				.isGreaterThan(200);
		}
	}

	@Test
	void refusesAHugeHeicFromItsDeclaredSizeBeforeDecodingIt() {
		byte[] huge = heic.clone();
		int ispe = ImagePipelineTests.indexOf(huge, "ispe");
		assertThat(ispe).isPositive();
		ByteBuffer.wrap(huge).putInt(ispe + 8, 20_000).putInt(ispe + 12, 20_000);

		assertThat(HeifBoxes.largestImageSize(huge)).hasValueSatisfying(size -> assertThat(size)
			.containsExactly(20_000, 20_000));
		assertThatThrownBy(() -> new ImagePipeline(TestImages.limits()).process(huge, VariantPlan.PRODUCT_IMAGE))
			.isInstanceOfSatisfying(ImageRejected.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.TOO_MANY_PIXELS));
	}

	@Test
	void refusesHeicWhenLibheifIsMissing() {
		ImageLimits withoutDecoder = new ImageLimits(40_000_000, 12_000, 0.85f, 0.8f, 2, 8, "/nonexistent/heif-dec");

		assertThatThrownBy(() -> new ImagePipeline(withoutDecoder).process(heic, VariantPlan.PRODUCT_IMAGE))
			.isInstanceOfSatisfying(ImageRejected.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.UNSUPPORTED))
			.hasMessage("HEIC images need libheif on the server; send JPEG");
	}

	@Test
	void refusesAHeicLibheifCannotDecodeAsUnreadable() {
		byte[] broken = Arrays.copyOf(heic, heic.length / 3);

		assertThatThrownBy(() -> new ImagePipeline(TestImages.limits()).process(broken, VariantPlan.PRODUCT_IMAGE))
			.isInstanceOfSatisfying(ImageRejected.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.UNREADABLE));
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		return path != null && Stream.of(path.split(File.pathSeparator))
			.anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
	}
}
