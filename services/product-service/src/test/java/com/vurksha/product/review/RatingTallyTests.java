package com.vurksha.product.review;

import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RatingTallyTests {

	static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	@Test
	void startsAtZeroWithNoReviews() {
		assertThat(RatingTally.NONE.average()).isEqualByComparingTo("0.0");
		assertThat(RatingTally.NONE.count()).isZero();
	}

	@Test
	void averagesNewReviewsToOneDecimal() {
		RatingTally tally = RatingTally.NONE.replacing(null, published(5))
			.replacing(null, published(4))
			.replacing(null, published(4));

		assertThat(tally).isEqualTo(new RatingTally(13, 3));
		assertThat(tally.average()).hasToString("4.3");
	}

	@Test
	void roundsHalvesUp() {
		assertThat(new RatingTally(17, 4).average()).hasToString("4.3");
		assertThat(new RatingTally(9, 4).average()).hasToString("2.3");
		assertThat(new RatingTally(5, 1).average()).hasToString("5.0");
	}

	@Test
	void replacesTheOldRatingWhenAReviewIsEdited() {
		Review before = published(2);
		RatingTally tally = RatingTally.NONE.replacing(null, published(5)).replacing(null, before);

		RatingTally edited = tally.replacing(before, before.editedTo(new ReviewText(4, null, null), NOW));

		assertThat(edited).isEqualTo(new RatingTally(9, 2));
		assertThat(edited.average()).hasToString("4.5");
	}

	@Test
	void dropsAHiddenReviewAndCountsItAgainWhenRepublished() {
		Review review = published(1);
		RatingTally tally = RatingTally.NONE.replacing(null, published(5)).replacing(null, review);
		Review hidden = review.withStatus(ReviewStatus.HIDDEN, NOW);

		RatingTally withoutIt = tally.replacing(review, hidden);
		RatingTally withItAgain = withoutIt.replacing(hidden, hidden.withStatus(ReviewStatus.PUBLISHED, NOW));

		assertThat(withoutIt).isEqualTo(new RatingTally(5, 1));
		assertThat(withItAgain).isEqualTo(tally);
		assertThat(withItAgain.average()).hasToString("3.0");
	}

	@Test
	void leavesTheTallyAloneWhenAHiddenReviewIsEdited() {
		Review hidden = published(1).withStatus(ReviewStatus.HIDDEN, NOW);
		RatingTally tally = new RatingTally(5, 1);

		Review edited = hidden.editedTo(new ReviewText(5, "better now", null), NOW);

		assertThat(edited.status()).isEqualTo(ReviewStatus.HIDDEN);
		assertThat(tally.replacing(hidden, edited)).isEqualTo(tally);
	}

	@Test
	void goesBackToZeroWhenTheOnlyReviewIsHidden() {
		Review review = published(4);

		RatingTally tally = RatingTally.NONE.replacing(null, review)
			.replacing(review, review.withStatus(ReviewStatus.HIDDEN, NOW));

		assertThat(tally).isEqualTo(RatingTally.NONE);
		assertThat(tally.average()).hasToString("0.0");
	}

	@Nested
	class Refuses {

		@Test
		void aTallyNoSetOfRatingsCouldMake() {
			assertThatIllegalArgumentException().isThrownBy(() -> new RatingTally(11, 2));
			assertThatIllegalArgumentException().isThrownBy(() -> new RatingTally(1, 2));
			assertThatIllegalArgumentException().isThrownBy(() -> new RatingTally(-1, 0));
		}
	}

	private static Review published(int rating) {
		return Review.first("product-1", "user-" + rating, new ReviewText(rating, null, null), NOW);
	}
}
