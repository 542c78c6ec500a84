package com.vurksha.product.reservation;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PackQuantityTests {

	final PackQuantity eggs = new PackQuantity(2, 2, 10);

	@Test
	void allowsTheMinimumTheMaximumAndEveryStepBetween() {
		assertThat(eggs.problemWith(2)).isEmpty();
		assertThat(eggs.problemWith(6)).isEmpty();
		assertThat(eggs.problemWith(10)).isEmpty();
	}

	@Nested
	class Refuses {

		@Test
		void lessThanTheMinimum() {
			assertThat(eggs.problemWith(1)).hasValueSatisfying(problem -> assertThat(problem).contains("at least 2"));
		}

		@Test
		void moreThanThePerOrderMaximum() {
			assertThat(eggs.problemWith(12)).hasValueSatisfying(problem -> assertThat(problem).contains("at most 10"));
		}

		@Test
		void aCountBetweenSteps() {
			assertThat(eggs.problemWith(5)).hasValueSatisfying(problem -> assertThat(problem).contains("multiple of 2"));
		}
	}
}
