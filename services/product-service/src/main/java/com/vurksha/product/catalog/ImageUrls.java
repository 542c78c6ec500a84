package com.vurksha.product.catalog;

/**
 * What a product image may be: an {@code https://} URL on a host, or a path on our own CDN ({@code /cdn/...}).
 * Anything else ({@code javascript:}, {@code data:}, {@code file:}, plain {@code http:}, a protocol-relative
 * {@code //host}) would reach the app's image views and the admin's browser as it is, so it is refused.
 */
final class ImageUrls {

	/** https with a host name (optional port, path without spaces, quotes or angle brackets), or /cdn/ without "..". */
	static final String PATTERN = "^(https://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?"
			+ "(?:[/?#][^\\s\"'<>\\\\]*)?|/cdn/(?!.*\\.\\.)[^\\s\"'<>\\\\]+)$";

	static final String MESSAGE = "must be an https:// URL or a /cdn/ path";

	private ImageUrls() {
	}
}
