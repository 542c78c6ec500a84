package com.vurksha.files.image;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns HEIC (iPhone photos) into PNG with libheif's command-line decoder, since neither the JDK nor TwelveMonkeys
 * decodes HEVC. The decoder runs as a separate process with a deadline, so a hostile file can neither crash nor
 * hold this JVM. The size in the {@code ispe} property is checked first, so a huge image is refused before it is
 * decoded; the PNG's own header is checked again afterwards. libheif applies the HEIF rotation and mirroring
 * ({@code irot}, {@code imir}) itself, so the PNG is upright.
 */
final class HeifConverter {

	private static final Logger log = LoggerFactory.getLogger(HeifConverter.class);

	private static final long TIMEOUT_SECONDS = 30;

	/** The decoder's name before libheif 1.17 (Debian 12 ships 1.15). */
	private static final String OLD_NAME = "heif-convert";

	private final Path executable;

	HeifConverter(String decoder) {
		this.executable = locate(decoder).or(() -> "heif-dec".equals(decoder) ? locate(OLD_NAME) : Optional.empty())
			.orElse(null);
		if (executable == null) {
			log.info("No HEIC decoder '{}' found: HEIC images will be refused (install libheif-examples)", decoder);
		}
	}

	/** PNG bytes of the primary image of {@code heic}, once its declared size has passed {@code limits}. */
	byte[] toPng(byte[] heic, ImageLimits limits) {
		if (executable == null) {
			throw new ImageRejected(ImageRejected.Reason.UNSUPPORTED,
					"HEIC images need libheif on the server; send JPEG");
		}
		HeifBoxes.largestImageSize(heic).ifPresent(size -> limits.checkPixels(size[0], size[1]));
		Path dir = null;
		try {
			dir = Files.createTempDirectory("heic-");
			Path input = Files.write(dir.resolve("in.heic"), heic);
			Path output = dir.resolve("out.png");
			Path console = dir.resolve("console.txt");
			Process process = new ProcessBuilder(executable.toString(), input.toString(), output.toString())
				.redirectErrorStream(true)
				.redirectOutput(console.toFile())
				.start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw unreadable("decoding took longer than " + TIMEOUT_SECONDS + " s");
			}
			if (process.exitValue() != 0) {
				log.debug("HEIC decoder failed ({}): {}", process.exitValue(), Files.readString(console));
				throw unreadable("libheif could not decode it");
			}
			return Files.readAllBytes(firstPng(dir));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run the HEIC decoder " + executable, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while decoding a HEIC image", ex);
		}
		finally {
			deleteQuietly(dir);
		}
	}

	/** With several top-level images the decoder numbers its outputs ({@code out-1.png}); the first is taken. */
	private static Path firstPng(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(file -> file.getFileName().toString().startsWith("out"))
				.filter(file -> file.getFileName().toString().endsWith(".png"))
				.min(Comparator.comparing(Path::toString))
				.orElseThrow(() -> unreadable("libheif wrote no image"));
		}
	}

	private static Optional<Path> locate(String decoder) {
		if (decoder.contains(File.separator)) {
			Path path = Path.of(decoder);
			return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
		}
		String searchPath = System.getenv("PATH");
		if (searchPath == null) {
			return Optional.empty();
		}
		return Stream.of(searchPath.split(File.pathSeparator))
			.filter(dir -> !dir.isBlank())
			.map(dir -> Path.of(dir, decoder))
			.filter(Files::isExecutable)
			.findFirst();
	}

	private static ImageRejected unreadable(String detail) {
		return new ImageRejected(ImageRejected.Reason.UNREADABLE, "The HEIC image could not be decoded: " + detail);
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("Could not delete the temporary directory {}", dir, ex);
		}
	}
}
