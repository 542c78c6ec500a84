package com.vurksha.product.image;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One rendition of a picture, as the file service publishes it: a content-addressed URL that never changes, its size
 * in pixels and format, and the same picture in other formats ({@code sources}, for a {@code <picture>} element).
 * Pictures given as a plain URL have only {@code url}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageVariant(String url, Integer width, Integer height, String format, List<Source> sources) {

	static ImageVariant of(String url) {
		return new ImageVariant(url, null, null, null, null);
	}

	/** The same rendition without its other formats, where an answer must stay small (a list of products). */
	ImageVariant withoutSources() {
		return new ImageVariant(url, width, height, format, null);
	}

	/** The picture in one more format. */
	public record Source(String format, String url) {
	}
}
