package com.vurksha.product.inventory;

/**
 * Why stock moved. Operators record the first five by hand; the rest are written by checkout and packing, so an
 * operator cannot use them.
 */
public enum MovementReason {

	/** Produce arrived from a farm. */
	RECEIVE(Sign.POSITIVE, true),
	/** A correction either way, with a note saying why. */
	ADJUST(Sign.NON_ZERO, true),
	/** A physical count replaced the number; may confirm it unchanged. */
	COUNT(Sign.ANY, true),
	/** Spoiled, damaged or expired produce thrown away. */
	WRITE_OFF(Sign.NEGATIVE, true),
	/** A customer's return put back on the shelf. */
	RETURN(Sign.POSITIVE, true),
	ALLOCATE(Sign.ANY, false),
	/** A checkout's reservation gave packs back (cancelled, expired). */
	RELEASE(Sign.ANY, false),
	PICK(Sign.NEGATIVE, false),
	/** A checkout reserved packs: on-hand unchanged, reserved up. */
	RESERVE(Sign.ANY, false),
	/** A confirmed order turned its reservation into an allocation: the packs stay reserved until packing. */
	COMMIT(Sign.ANY, false);

	enum Sign {

		POSITIVE, NEGATIVE, NON_ZERO, ANY

	}

	private final Sign sign;

	private final boolean manual;

	MovementReason(Sign sign, boolean manual) {
		this.sign = sign;
		this.manual = manual;
	}

	public boolean manual() {
		return manual;
	}

	/** Whether a move of {@code delta} makes sense for this reason: a write-off never adds stock. */
	public boolean allows(int delta) {
		return switch (sign) {
			case POSITIVE -> delta > 0;
			case NEGATIVE -> delta < 0;
			case NON_ZERO -> delta != 0;
			case ANY -> true;
		};
	}

	String expectedSign() {
		return switch (sign) {
			case POSITIVE -> "an increase";
			case NEGATIVE -> "a decrease";
			case NON_ZERO -> "a change";
			case ANY -> "any move";
		};
	}
}
