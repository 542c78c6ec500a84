package com.vurksha.files.file;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import com.vurksha.files.FilesProperties;
import com.vurksha.files.image.ProcessedImage;
import com.vurksha.files.image.ProcessedImage.EncodedVariant;
import com.vurksha.files.storage.ObjectStorage;

/**
 * Keeps verified images: writes their variants to the bucket and records them, and hands out their URLs. Public
 * variants live under content-addressed keys ({@code p/<sha256>.<ext>}), which never change content, so the CDN
 * and browsers may keep them for a year; private ones under the file's id, handed out only as presigned URLs.
 */
@Service
public class FileLibrary {

	/** What the CDN and browsers may do with a public variant: its key names its content. */
	public static final String IMMUTABLE = "public, max-age=31536000, immutable";

	static final String PUBLIC_PREFIX = "p/";

	private static final String PRIVATE_CACHE = "private, no-store";

	private final ObjectStorage storage;

	private final FileStore files;

	private final FilesProperties properties;

	private final Clock clock;

	FileLibrary(ObjectStorage storage, FileStore files, FilesProperties properties, Clock clock) {
		this.storage = storage;
		this.files = files;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Writes the variants of an image to the bucket; the file is recorded by {@link #record} afterwards, in the
	 * caller's transaction (so an object may exist without a row after a crash, never a row without its object).
	 */
	public StoredFile write(NewFile upload, ProcessedImage image) {
		FileId id = FileId.random();
		List<StoredFile.Variant> variants = new ArrayList<>();
		for (EncodedVariant variant : image.variants()) {
			String key = key(id, upload.purpose(), variant);
			String cache = upload.purpose().visibility() == Purpose.Visibility.PUBLIC ? IMMUTABLE : PRIVATE_CACHE;
			storage.write(key, variant.bytes(), variant.format().mediaType(), cache);
			variants.add(new StoredFile.Variant(variant.name(), variant.format(), key, variant.width(),
					variant.height(), variant.bytes().length));
		}
		return new StoredFile(id, upload.purpose(), upload.uploadedBy(), upload.deliveryId(), upload.customerId(),
				image.sourceFormat(), upload.sourceBytes(), upload.sourceSha256(), image.width(), image.height(),
				clock.instant(), variants);
	}

	/** Records a file whose variants are written. */
	public void record(StoredFile file) {
		files.insert(file);
	}

	/**
	 * Deletes the objects of a file that will not be (or is no longer) recorded, except those another live file
	 * shares (equal pictures have equal public keys).
	 */
	public void discard(StoredFile file) {
		for (StoredFile.Variant variant : file.variants()) {
			if (!files.objectInUse(variant.objectKey(), file.id())) {
				storage.delete(variant.objectKey());
			}
		}
	}

	/** The file as clients see it, with public URLs or freshly presigned private ones. */
	public FileView view(StoredFile file) {
		Function<String, String> url = file.purpose().visibility() == Purpose.Visibility.PUBLIC
				? key -> properties.cdnBaseUrl() + "/" + key
				: key -> storage.presignDownload(key, properties.privateUrlTtl()).toString();
		Map<String, List<StoredFile.Variant>> bySize = new LinkedHashMap<>();
		for (String size : List.of("thumb", "card", "full")) {
			List<StoredFile.Variant> formats = file.variants().stream().filter(v -> v.name().equals(size)).toList();
			if (!formats.isEmpty()) {
				bySize.put(size, preferredFirst(file, formats));
			}
		}
		Map<String, FileView.VariantView> variants = new LinkedHashMap<>();
		bySize.forEach((size, formats) -> {
			List<FileView.Source> sources = formats.stream()
				.map(v -> new FileView.Source(v.format().wireName(), url.apply(v.objectKey())))
				.toList();
			StoredFile.Variant first = formats.get(0);
			variants.put(size, new FileView.VariantView(sources.get(0).url(), first.width(), first.height(),
					first.format().wireName(), sources));
		});
		return new FileView(file.id().toString(), file.purpose().wireName(), "READY", file.width(), file.height(),
				file.deliveryId(), variants);
	}

	private static List<StoredFile.Variant> preferredFirst(StoredFile file, List<StoredFile.Variant> formats) {
		List<StoredFile.Variant> ordered = new ArrayList<>();
		for (var size : file.purpose().plan().sizes()) {
			for (var format : size.formats()) {
				formats.stream()
					.filter(v -> v.name().equals(size.name()) && v.format() == format)
					.findFirst()
					.ifPresent(ordered::add);
			}
		}
		return ordered.isEmpty() ? formats : ordered;
	}

	private static String key(FileId id, Purpose purpose, EncodedVariant variant) {
		if (purpose.visibility() == Purpose.Visibility.PUBLIC) {
			return PUBLIC_PREFIX + sha256(variant.bytes()) + "." + variant.format().extension();
		}
		return "private/" + purpose.wireName() + "/" + id + "/" + variant.name() + "." + variant.format().extension();
	}

	/** The lowercase hex SHA-256 of the bytes. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	/**
	 * What an upload tells about the file it becomes.
	 *
	 * @param sourceBytes the size of the bytes uploaded
	 * @param sourceSha256 their SHA-256
	 */
	public record NewFile(Purpose purpose, String uploadedBy, String deliveryId, String customerId, long sourceBytes,
			String sourceSha256) {
	}
}
