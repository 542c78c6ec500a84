package com.vurksha.delivery.slot;

import java.time.Instant;

/** A slot as the app shows it: available when it has room and its cutoff has not passed. */
public record SlotView(String id, Instant start, Instant end, int capacity, int remaining, boolean available) {

	static SlotView of(Slot slot, Instant now) {
		return new SlotView(slot.id(), slot.startsAt(), slot.endsAt(), slot.capacity(), slot.remaining(),
				slot.isBookable(now));
	}
}
