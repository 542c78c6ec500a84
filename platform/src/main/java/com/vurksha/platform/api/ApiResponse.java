package com.vurksha.platform.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The success envelope: {@code {"success":true,"data":…,"meta":…,"pagination":…}}; pagination only on lists.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse<T>(boolean success, T data, Meta meta, Pagination pagination) {

	public static <T> ApiResponse<T> ok(T data) {
		return new ApiResponse<>(true, data, Meta.now(), null);
	}

	public static <T> ApiResponse<List<T>> page(List<T> items, PageQuery query, long total) {
		return new ApiResponse<>(true, items, Meta.now(), Pagination.of(query, total));
	}
}
