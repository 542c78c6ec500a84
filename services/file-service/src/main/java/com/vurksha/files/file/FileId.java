package com.vurksha.files.file;

import java.util.Optional;
import java.util.UUID;

/** The id of a verified file; on the wire its UUID text. */
public record FileId(UUID value) {

	public static FileId random() {
		return new FileId(UUID.randomUUID());
	}

	/** The id written in a path or an event, or empty when the text is no UUID (so no such file). */
	public static Optional<FileId> parse(String text) {
		try {
			return Optional.of(new FileId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
