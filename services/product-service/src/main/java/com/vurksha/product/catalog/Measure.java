package com.vurksha.product.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The size of one pack of a variant ("500 g", "1 L", "1 bunch"), with the label the app shows and the derived
 * price per kg or litre that lets a shopper compare packs.
 */
public record Measure(Unit unit, int value) {

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	public Measure {
		Objects.requireNonNull(unit, "unit");
		if (value <= 0) {
			throw new IllegalArgumentException("unit value must be positive, was " + value);
		}
	}

	public String label() {
		return switch (unit) {
			case G -> (value >= 1000) ? thousands(value) + " kg" : value + " g";
			case KG -> value + " kg";
			case ML -> (value >= 1000) ? thousands(value) + " L" : value + " ml";
			case L -> value + " L";
			case PIECE -> value + ((value == 1) ? " piece" : " pieces");
			case BUNCH -> value + ((value == 1) ? " bunch" : " bunches");
			case DOZEN -> value + " dozen";
		};
	}

	/** Price of a kilogram at this pack's price, rounded to the paisa; null for anything not sold by weight. */
	public Long pricePerKg(long packPricePaise) {
		return (unit.dimension() == Unit.Dimension.WEIGHT) ? perThousandBase(packPricePaise) : null;
	}

	/** Price of a litre at this pack's price, rounded to the paisa; null for anything not sold by volume. */
	public Long pricePerLitre(long packPricePaise) {
		return (unit.dimension() == Unit.Dimension.VOLUME) ? perThousandBase(packPricePaise) : null;
	}

	private long perThousandBase(long packPricePaise) {
		return BigDecimal.valueOf(packPricePaise)
			.multiply(THOUSAND)
			.divide(BigDecimal.valueOf(unit.toBase(value)), 0, RoundingMode.HALF_UP)
			.longValueExact();
	}

	private static String thousands(int value) {
		return BigDecimal.valueOf(value).divide(THOUSAND).stripTrailingZeros().toPlainString();
	}
}
