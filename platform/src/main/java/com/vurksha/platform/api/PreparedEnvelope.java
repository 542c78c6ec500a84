package com.vurksha.platform.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import tools.jackson.databind.json.JsonMapper;

/**
 * A success envelope serialised ahead of time: everything but {@code meta}, which carries the request id and the
 * time of each answer, is kept as bytes, so an answer from a cache costs a copy instead of a serialisation.
 * {@link #render} gives exactly the bytes Jackson gives for the {@link ApiResponse} with that meta.
 *
 * <p>The {@link #etag() ETag} is a hash of the data and pagination, made once here. It is weak: the meta of two
 * answers differs while what they say is the same.
 */
public final class PreparedEnvelope {

	/** Stands in for the meta while the envelope is serialised; its bytes mark where each answer's meta goes. */
	private static final Meta PLACEHOLDER = new Meta("req_prepared_envelope_meta", "1970-01-01T00:00:00Z",
			Meta.API_VERSION);

	private final byte[] head;

	private final byte[] tail;

	private final String etag;

	private PreparedEnvelope(byte[] head, byte[] tail) {
		this.head = head;
		this.tail = tail;
		this.etag = weakTagOf(head, tail);
	}

	/** The envelope of {@code data}, with {@code pagination} for a page of a list (or {@code null}). */
	public static PreparedEnvelope of(JsonMapper json, Object data, Pagination pagination) {
		byte[] whole = json.writeValueAsBytes(new ApiResponse<>(true, data, PLACEHOLDER, pagination));
		byte[] meta = json.writeValueAsBytes(PLACEHOLDER);
		// Data comes before meta and cannot hold the placeholder's bytes unescaped: the last match is the meta.
		int at = lastIndexOf(whole, meta);
		if (at < 0) {
			throw new IllegalStateException("The envelope's meta was not serialised as a whole object");
		}
		return new PreparedEnvelope(Arrays.copyOfRange(whole, 0, at),
				Arrays.copyOfRange(whole, at + meta.length, whole.length));
	}

	/** The whole answer with {@code meta} in its place. */
	public byte[] render(JsonMapper json, Meta meta) {
		byte[] metaBytes = json.writeValueAsBytes(meta);
		byte[] answer = Arrays.copyOf(head, head.length + metaBytes.length + tail.length);
		System.arraycopy(metaBytes, 0, answer, head.length, metaBytes.length);
		System.arraycopy(tail, 0, answer, head.length + metaBytes.length, tail.length);
		return answer;
	}

	/** A weak entity tag, {@code W/"<32 hex digits>"}. */
	public String etag() {
		return etag;
	}

	private static String weakTagOf(byte[] head, byte[] tail) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(head);
			sha256.update(tail);
			return "W/\"" + HexFormat.of().formatHex(Arrays.copyOf(sha256.digest(), 16)) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK ships SHA-256", ex);
		}
	}

	private static int lastIndexOf(byte[] haystack, byte[] needle) {
		for (int from = haystack.length - needle.length; from >= 0; from--) {
			if (Arrays.equals(haystack, from, from + needle.length, needle, 0, needle.length)) {
				return from;
			}
		}
		return -1;
	}
}
