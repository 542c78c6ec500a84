package com.vurksha.files.image;

/** The bytes cannot become an image for the app; {@link #reason()} says why, the message says it for a person. */
public class ImageRejected extends RuntimeException {

	public enum Reason {
		/** Not an image of a supported format, whatever the declared type or name. */
		UNSUPPORTED,
		/** More pixels than the limit: a decompression bomb or an absurd panorama; refused before decoding. */
		TOO_MANY_PIXELS,
		/** Looks like an image but cannot be decoded (truncated, corrupt). */
		UNREADABLE
	}

	private final Reason reason;

	public ImageRejected(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
