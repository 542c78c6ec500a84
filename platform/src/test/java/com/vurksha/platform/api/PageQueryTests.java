package com.vurksha.platform.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PageQueryTests {

	@Test
	void computesTheOffsetOfAPage() {
		assertThat(new PageQuery(1, 20).offset()).isZero();
		assertThat(new PageQuery(3, 25).offset()).isEqualTo(50);
	}

	@Test
	void refusesPagesBeforeTheFirstAndLimitsOutsideOneToAHundred() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PageQuery(0, 20));
		assertThatIllegalArgumentException().isThrownBy(() -> new PageQuery(1, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new PageQuery(1, 101));
	}

	@Test
	void saysWhetherMorePagesFollow() {
		assertThat(Pagination.of(new PageQuery(1, 20), 45).hasMore()).isTrue();
		assertThat(Pagination.of(new PageQuery(3, 20), 45).hasMore()).isFalse();
		assertThat(Pagination.of(new PageQuery(1, 20), 20).hasMore()).isFalse();
	}
}
