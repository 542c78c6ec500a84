package com.vurksha.admin.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import com.vurksha.admin.DateRange;
import com.vurksha.admin.replica.Replicas;
import com.vurksha.admin.replica.Source;

/** Slot utilisation per zone and delivery day: the day's slots' places added up. */
@Component
class SlotsReport {

	static final String ZONE_DAYS = """
			select s.delivery_date, s.zone_id, z.name as zone_name, count(*) as slots,
			       sum(s.capacity) as capacity, sum(s.confirmed) as confirmed, sum(s.held) as held,
			       sum(s.free) as free
			from reporting.slots_v1 s
			left join reporting.zones_v1 z on z.zone_id = s.zone_id
			where s.delivery_date between :from and :to
			group by s.delivery_date, s.zone_id, z.name
			order by s.delivery_date, z.name, s.zone_id""";

	private static final List<String> HEADER = List.of("date", "zone_id", "zone_name", "slots", "capacity",
			"confirmed", "held", "free", "filled_percent");

	private final ReportReads reads;

	SlotsReport(ReportReads reads) {
		this.reads = reads;
	}

	Answer<List<ZoneDay>> run(DateRange range) {
		Replicas.Read<List<ZoneDay>> read = read(range);
		return new Answer<>(read.value(), read.dataAsOf(),
				new CsvTable(HEADER, read.value().stream().map(ZoneDay::cells).toList()));
	}

	Replicas.Read<List<ZoneDay>> read(DateRange range) {
		return reads.read(Source.DELIVERY, jdbc -> jdbc.sql(ZONE_DAYS)
			.param("from", range.from())
			.param("to", range.to())
			.query((rs, row) -> ZoneDay.of(rs.getObject("delivery_date", LocalDate.class), rs.getString("zone_id"),
					rs.getString("zone_name"), rs.getInt("slots"), rs.getLong("capacity"), rs.getLong("confirmed"),
					rs.getLong("held"), rs.getLong("free")))
			.list());
	}

	/**
	 * One zone's slots on one day. {@code filledPercent} is the places taken (capacity - free: confirmed and held)
	 * as a percentage of capacity, one decimal.
	 */
	@Schema(name = "SlotReportRow")
	record ZoneDay(LocalDate date, String zoneId, String zoneName, int slots, long capacity, long confirmed, long held,
			long free, BigDecimal filledPercent) {

		static ZoneDay of(LocalDate date, String zoneId, String zoneName, int slots, long capacity, long confirmed,
				long held, long free) {
			return new ZoneDay(date, zoneId, zoneName, slots, capacity, confirmed, held, free,
					Answer.percent(capacity - free, capacity));
		}

		List<?> cells() {
			return Arrays.asList(date, zoneId, zoneName, slots, capacity, confirmed, held, free,
					filledPercent);
		}
	}
}
