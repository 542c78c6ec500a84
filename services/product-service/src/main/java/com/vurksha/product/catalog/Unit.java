package com.vurksha.product.catalog;

/**
 * How a variant is measured. Weight and volume units convert to grams and millilitres so that packs of
 * different sizes can be compared by price per kg or litre; counted units cannot.
 */
public enum Unit {

	KG(Dimension.WEIGHT, 1000), G(Dimension.WEIGHT, 1), L(Dimension.VOLUME, 1000), ML(Dimension.VOLUME, 1),
	PIECE(Dimension.COUNT, 1), BUNCH(Dimension.COUNT, 1), DOZEN(Dimension.COUNT, 12);

	/** What a unit measures. */
	public enum Dimension {

		WEIGHT, VOLUME, COUNT

	}

	private final Dimension dimension;

	private final int baseFactor;

	Unit(Dimension dimension, int baseFactor) {
		this.dimension = dimension;
		this.baseFactor = baseFactor;
	}

	public Dimension dimension() {
		return dimension;
	}

	/** The amount in the dimension's base unit: grams, millilitres or items. */
	long toBase(long value) {
		return value * baseFactor;
	}
}
