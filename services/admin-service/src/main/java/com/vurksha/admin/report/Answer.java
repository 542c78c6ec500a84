package com.vurksha.admin.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import com.vurksha.admin.replica.Replicas;

/**
 * What a report answers: its data, the freshness of the oldest replica it read, and the same data as a table for CSV.
 */
record Answer<T>(T data, Instant dataAsOf, CsvTable csv) {

	/** The oldest of the reads' freshness: a report is as fresh as the least caught-up replica it read. */
	static Instant oldest(Replicas.Read<?> first, Replicas.Read<?>... more) {
		Instant oldest = first.dataAsOf();
		for (Replicas.Read<?> read : more) {
			if (read.dataAsOf().isBefore(oldest)) {
				oldest = read.dataAsOf();
			}
		}
		return oldest;
	}

	/** {@code part} as a percentage of {@code whole} with one decimal, half up; null when whole is 0. */
	static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}
}
