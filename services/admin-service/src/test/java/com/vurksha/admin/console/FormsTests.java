package com.vurksha.admin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Rupees typed by operators become the paise the owning services take, exactly or not at all. */
class FormsTests {

	@Test
	void readsRupeesAsPaise() {
		assertThat(Forms.paise("12.50")).isEqualTo(1250L);
		assertThat(Forms.paise(" 499 ")).isEqualTo(49900L);
		assertThat(Forms.paise("0.5")).isEqualTo(50L);
	}

	@Test
	void readsAnEmptyFieldAsNothing() {
		assertThat(Forms.paise("")).isNull();
		assertThat(Forms.paise(null)).isNull();
	}

	@Test
	void refusesFractionsOfAPaisaAndWords() {
		assertThatThrownBy(() -> Forms.paise("12.505")).isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> Forms.paise("twelve")).isInstanceOf(NumberFormatException.class);
	}
}
