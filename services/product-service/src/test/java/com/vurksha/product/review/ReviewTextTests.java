package com.vurksha.product.review;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReviewTextTests {

	@Test
	void takesAWholeRatingWrittenWithADecimalPoint() {
		assertThat(ReviewText.of(request("4.0", "Sweet", "Priya"))).isEqualTo(new ReviewText(4, "Sweet", "Priya"));
	}

	@Test
	void treatsBlankCommentAndNameAsNone() {
		assertThat(ReviewText.of(request("5", "   ", ""))).isEqualTo(new ReviewText(5, null, null));
	}

	@Test
	void stripsTheSurroundingSpaceOfWhatWasSaid() {
		assertThat(ReviewText.of(request("3", "  fine  ", " Ravi "))).isEqualTo(new ReviewText(3, "fine", "Ravi"));
	}

	@Test
	void refusesHalfStarsRatherThanRoundingThem() {
		ApiException refused = catchThrowableOfType(ApiException.class, () -> ReviewText.of(request("4.5", null, null)));

		assertThat(refused.code()).isEqualTo(CommonErrorCode.VALIDATION_FAILED);
		assertThat(refused.details()).singleElement().satisfies(d -> assertThat(d.field()).isEqualTo("rating"));
	}

	private static ReviewRequest request(String rating, String comment, String authorName) {
		return new ReviewRequest(new BigDecimal(rating), comment, authorName);
	}
}
