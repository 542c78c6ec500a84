package com.vurksha.product.inventory;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.product.ProductErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StockLevelTests {

	@Test
	void makesAvailableWhatIsOnHandMinusWhatIsReserved() {
		assertThat(new StockLevel(10, 3).available()).isEqualTo(7);
	}

	@Test
	void receivesProduce() {
		assertThat(new StockLevel(5, 0).move(20, MovementReason.RECEIVE)).isEqualTo(new StockLevel(25, 0));
	}

	@Test
	void writesOffSpoiledProduceDownToExactlyZero() {
		assertThat(new StockLevel(5, 0).move(-5, MovementReason.WRITE_OFF)).isEqualTo(new StockLevel(0, 0));
	}

	@Test
	void setsACountedFigure() {
		assertThat(new StockLevel(12, 2).setTo(9, MovementReason.COUNT)).isEqualTo(new StockLevel(9, 2));
	}

	@Test
	void acceptsACountThatConfirmsTheFigure() {
		assertThat(new StockLevel(12, 0).setTo(12, MovementReason.COUNT)).isEqualTo(new StockLevel(12, 0));
	}

	@Test
	void keepsReservationsWhenStockMoves() {
		assertThat(new StockLevel(10, 4).move(5, MovementReason.RECEIVE).available()).isEqualTo(11);
	}

	@Nested
	class Refuses {

		@Test
		void toGoBelowZero() {
			assertThatExceptionOfType(ApiException.class)
				.isThrownBy(() -> new StockLevel(3, 0).move(-4, MovementReason.ADJUST))
				.satisfies(ex -> assertThat(ex.code()).isEqualTo(ProductErrorCode.INSUFFICIENT_STOCK))
				.withMessageContaining("Only 3 on hand");
		}

		@Test
		void toGoBelowWhatCheckoutsReserved() {
			assertThatExceptionOfType(ApiException.class)
				.isThrownBy(() -> new StockLevel(10, 6).setTo(5, MovementReason.COUNT))
				.satisfies(ex -> assertThat(ex.code()).isEqualTo(ProductErrorCode.INSUFFICIENT_STOCK))
				.withMessageContaining("6 are reserved");
		}

		@Test
		void aWriteOffThatAddsStock() {
			assertThatExceptionOfType(ApiException.class)
				.isThrownBy(() -> new StockLevel(3, 0).move(2, MovementReason.WRITE_OFF))
				.satisfies(ex -> assertThat(ex.code()).isEqualTo(CommonErrorCode.VALIDATION_FAILED));
		}

		@Test
		void aReceiptThatRemovesStock() {
			assertThatExceptionOfType(ApiException.class)
				.isThrownBy(() -> new StockLevel(3, 0).move(-1, MovementReason.RECEIVE))
				.satisfies(ex -> assertThat(ex.code()).isEqualTo(CommonErrorCode.VALIDATION_FAILED));
		}

		@Test
		void anAdjustmentOfNothing() {
			assertThatExceptionOfType(ApiException.class)
				.isThrownBy(() -> new StockLevel(3, 0).move(0, MovementReason.ADJUST))
				.satisfies(ex -> assertThat(ex.code()).isEqualTo(CommonErrorCode.VALIDATION_FAILED));
		}

		@Test
		void negativeCounts() {
			assertThatIllegalArgumentException().isThrownBy(() -> new StockLevel(-1, 0));
			assertThatIllegalArgumentException().isThrownBy(() -> new StockLevel(1, -1));
		}
	}

	@Test
	void letsOperatorsRecordOnlyTheManualReasons() {
		assertThat(MovementReason.values()).filteredOn(MovementReason::manual)
			.containsExactly(MovementReason.RECEIVE, MovementReason.ADJUST, MovementReason.COUNT,
					MovementReason.WRITE_OFF, MovementReason.RETURN);
	}

	@Nested
	class Holds {

		@Test
		void reserveWhatIsAvailableLeavingOnHandAlone() {
			assertThat(new StockLevel(3, 1).hold(2)).isEqualTo(new StockLevel(3, 3));
		}

		@Test
		void refuseToPromiseMoreThanIsAvailable() {
			assertThatExceptionOfType(ApiException.class).isThrownBy(() -> new StockLevel(3, 1).hold(3))
				.satisfies(ex -> assertThat(ex.code()).isEqualTo(ProductErrorCode.INSUFFICIENT_STOCK));
		}

		@Test
		void giveBackWhatWasHeld() {
			assertThat(new StockLevel(3, 3).letGo(2)).isEqualTo(new StockLevel(3, 1));
		}

		@Test
		void neverLetReservedGoBelowZero() {
			assertThat(new StockLevel(3, 1).letGo(2)).isEqualTo(new StockLevel(3, 0));
		}
	}
}
