package com.vurksha.product.reservation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vurksha.platform.error.FieldViolation;
import com.vurksha.product.inventory.StockLevel;

import static org.assertj.core.api.Assertions.assertThat;

class ShortagesTests {

	@Test
	void findsNoneWhenEveryLineFitsExactly() {
		assertThat(Shortages.of(List.of(new RequestedLine("tomato", 3), new RequestedLine("onion", 1)),
				Map.of("tomato", new StockLevel(5, 2), "onion", new StockLevel(1, 0))))
			.isEmpty();
	}

	@Test
	void namesEveryShortLineWithWhatIsAvailable() {
		List<FieldViolation> shortages = Shortages.of(
				List.of(new RequestedLine("tomato", 4), new RequestedLine("onion", 1), new RequestedLine("okra", 2)),
				Map.of("tomato", new StockLevel(5, 2), "onion", new StockLevel(1, 0), "okra", new StockLevel(1, 1)));

		assertThat(shortages).containsExactly(new FieldViolation("tomato", "available 3"),
				new FieldViolation("okra", "available 0"));
	}
}
