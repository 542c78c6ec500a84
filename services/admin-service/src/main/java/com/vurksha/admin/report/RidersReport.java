package com.vurksha.admin.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.vurksha.admin.DateRange;
import com.vurksha.admin.replica.Replicas;
import com.vurksha.admin.replica.Source;

/**
 * Rider performance: the deliveries that ended in the range (DELIVERED by their hand-over, FAILED by when they were
 * given up on), per rider of their last attempt. Cash deposited by riders is not recorded by any service, so only
 * the cash collected at the door is reported.
 */
@Component
class RidersReport {

	static final String RIDERS = """
			select d.rider_id, r.first_name, r.zone_id,
			       count(*) filter (where d.status = 'DELIVERED') as delivered,
			       count(*) filter (where d.on_time) as on_time,
			       count(*) filter (where d.on_time is not null) as timed,
			       count(*) filter (where d.status = 'FAILED') as failed,
			       coalesce(sum(d.cash_collected_paise), 0) as cod_collected
			from reporting.deliveries_v1 d
			left join reporting.riders_v1 r on r.rider_id = d.rider_id
			where d.rider_id is not null and d.status in ('DELIVERED', 'FAILED')
			  and d.ended_at >= :start and d.ended_at < :end
			group by d.rider_id, r.first_name, r.zone_id
			order by r.first_name, d.rider_id""";

	static final String FAILURES = """
			select rider_id, coalesce(failure_reason, 'OTHER') as reason, count(*) as failed
			from reporting.deliveries_v1
			where rider_id is not null and status = 'FAILED' and ended_at >= :start and ended_at < :end
			group by 1, 2""";

	/** The reasons a rider can give, each listed even when none. */
	static final List<String> REASONS = List.of("CUSTOMER_UNAVAILABLE", "ADDRESS_NOT_FOUND", "CUSTOMER_REFUSED",
			"DAMAGED", "OTHER");

	private final ReportReads reads;

	RidersReport(ReportReads reads) {
		this.reads = reads;
	}

	Answer<List<Rider>> run(DateRange range) {
		Replicas.Read<List<Rider>> read = reads.read(Source.DELIVERY, jdbc -> {
			Map<String, Map<String, Long>> reasons = new HashMap<>();
			jdbc.sql(FAILURES)
				.param("start", ReportReads.at(range.start()))
				.param("end", ReportReads.at(range.end()))
				.query((rs, row) -> reasons.computeIfAbsent(rs.getString("rider_id"), id -> zeros())
					.merge(rs.getString("reason"), rs.getLong("failed"), Long::sum))
				.list();
			return jdbc.sql(RIDERS)
				.param("start", ReportReads.at(range.start()))
				.param("end", ReportReads.at(range.end()))
				.query((rs, row) -> new Rider(rs.getString("rider_id"), rs.getString("first_name"),
						rs.getString("zone_id"), rs.getLong("delivered") + rs.getLong("failed"), rs.getLong("delivered"),
						Answer.percent(rs.getLong("on_time"), rs.getLong("timed")), rs.getLong("failed"),
						reasons.getOrDefault(rs.getString("rider_id"), zeros()), rs.getLong("cod_collected")))
				.list();
		});
		List<String> header = new ArrayList<>(List.of("rider_id", "first_name", "zone_id", "deliveries", "delivered",
				"on_time_percent", "failed"));
		REASONS.forEach(reason -> header.add("failed_" + reason.toLowerCase(Locale.ROOT)));
		header.add("cod_collected_rupees");
		return new Answer<>(read.value(), read.dataAsOf(),
				new CsvTable(header, read.value().stream().map(Rider::cells).toList()));
	}

	private static Map<String, Long> zeros() {
		Map<String, Long> map = new LinkedHashMap<>();
		REASONS.forEach(reason -> map.put(reason, 0L));
		return map;
	}

	/**
	 * One rider's deliveries that ended in the range.
	 *
	 * @param deliveries delivered + failed
	 * @param onTimePercent of the delivered ones with a slot, the share handed over by the slot's end (one decimal);
	 * null when none
	 * @param failedByReason the failed ones by the reason of their last attempt (every reason listed)
	 * @param codCollectedPaise cash collected at the door on the delivered COD orders; deposits are not recorded
	 */
	@Schema(name = "RiderReportRow")
	record Rider(String riderId, String firstName, String zoneId, long deliveries, long delivered,
			BigDecimal onTimePercent, long failed, Map<String, Long> failedByReason, long codCollectedPaise) {

		List<?> cells() {
			List<Object> cells = new ArrayList<>(Arrays.asList(riderId, firstName, zoneId, deliveries, delivered,
					onTimePercent, failed));
			REASONS.forEach(reason -> cells.add(failedByReason.getOrDefault(reason, 0L)));
			cells.add(CsvTable.rupees(codCollectedPaise));
			return cells;
		}
	}
}
