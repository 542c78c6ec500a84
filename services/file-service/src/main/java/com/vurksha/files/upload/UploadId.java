package com.vurksha.files.upload;

import java.util.Optional;
import java.util.UUID;

/** The id of an upload in progress; on the wire its UUID text. */
record UploadId(UUID value) {

	static UploadId random() {
		return new UploadId(UUID.randomUUID());
	}

	static Optional<UploadId> parse(String text) {
		try {
			return Optional.of(new UploadId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
