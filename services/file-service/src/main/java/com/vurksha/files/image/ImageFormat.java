package com.vurksha.files.image;

/** The formats images are read in (all) and written in (JPEG and WebP). */
public enum ImageFormat {

	JPEG("jpeg", "image/jpeg", "jpg"), PNG("png", "image/png", "png"), WEBP("webp", "image/webp", "webp"),
	HEIC("heic", "image/heic", "heic");

	private final String wireName;

	private final String mediaType;

	private final String extension;

	ImageFormat(String wireName, String mediaType, String extension) {
		this.wireName = wireName;
		this.mediaType = mediaType;
		this.extension = extension;
	}

	/** As the API writes it: {@code jpeg}, {@code png}, {@code webp}, {@code heic}. */
	public String wireName() {
		return wireName;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}
}
