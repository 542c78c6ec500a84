package com.vurksha.platform.api;

/** Where a page sits in a list: the page asked for, its size, the total and whether more follow. */
public record Pagination(int page, int limit, long total, boolean hasMore) {

	public static Pagination of(PageQuery query, long total) {
		return new Pagination(query.page(), query.limit(), total, (long) query.page() * query.limit() < total);
	}
}
