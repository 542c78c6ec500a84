package com.vurksha.admin.console;

import java.util.List;

/**
 * One page of a table: its rows, the page number (from 1), the rows per page and how many rows match. Public, with
 * public methods, because the pages' expressions call them.
 */
public record Listing<T>(List<T> rows, int page, int size, long total) {

	static final int SIZE = 25;

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return (long) page * size < total;
	}

	/** The page number the query asked for, 1 when it asked for none or nonsense. */
	static int page(Integer asked) {
		return (asked == null || asked < 1) ? 1 : Math.min(asked, 100_000);
	}
}
