package com.vurksha.platform.api;

/**
 * A validated page request: {@code page} counts from 1, {@code limit} is 1 to {@value #MAX_LIMIT}.
 * Declare it as a controller method parameter and it is read from {@code ?page=&limit=}.
 */
public record PageQuery(int page, int limit) {

	public static final int DEFAULT_LIMIT = 20;

	public static final int MAX_LIMIT = 100;

	public PageQuery {
		if (page < 1) {
			throw new IllegalArgumentException("page must be at least 1");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
		}
	}

	public static PageQuery first() {
		return new PageQuery(1, DEFAULT_LIMIT);
	}

	/** Rows to skip in SQL ({@code OFFSET}). */
	public long offset() {
		return (long) (page - 1) * limit;
	}
}
