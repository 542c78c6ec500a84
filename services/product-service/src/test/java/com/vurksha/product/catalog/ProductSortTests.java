package com.vurksha.product.catalog;

import org.junit.jupiter.api.Test;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProductSortTests {

	@Test
	void sortsByPopularityWhenNoSortIsGiven() {
		assertThat(ProductSort.parse(null)).isEqualTo(ProductSort.POPULAR);
		assertThat(ProductSort.parse(" ")).isEqualTo(ProductSort.POPULAR);
	}

	@Test
	void readsTheWireNames() {
		assertThat(ProductSort.parse("price_asc")).isEqualTo(ProductSort.PRICE_ASC);
		assertThat(ProductSort.parse("price_desc")).isEqualTo(ProductSort.PRICE_DESC);
		assertThat(ProductSort.parse("newest")).isEqualTo(ProductSort.NEWEST);
		assertThat(ProductSort.parse("popular")).isEqualTo(ProductSort.POPULAR);
	}

	@Test
	void rejectsAnUnknownSortNamingTheAllowedOnes() {
		ApiException ex = catchThrowableOfType(ApiException.class, () -> ProductSort.parse("cheapest"));

		assertThat(ex.code()).isEqualTo(CommonErrorCode.VALIDATION_FAILED);
		assertThat(ex.details()).singleElement().satisfies(detail -> {
			assertThat(detail.field()).isEqualTo("sort");
			assertThat(detail.message()).contains("price_asc", "price_desc", "newest", "popular");
		});
	}
}
