package com.vurksha.admin.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import com.vurksha.admin.replica.Replicas;
import com.vurksha.admin.replica.Source;

/**
 * Variants on sale (variant and product active) whose available packs (on hand - reserved) are at most the
 * threshold: OUT_OF_STOCK when the shop shows them sold out (available below the order minimum), LOW otherwise.
 */
@Component
class StockAlertsReport {

	static final int DEFAULT_THRESHOLD = 5;

	static final String ALERTS = """
			select variant_id, product_id, product_name, variant_label, on_hand_quantity, reserved_quantity,
			       available_quantity, min_quantity, in_stock
			from reporting.stock_v1
			where active and available_quantity <= :threshold
			order by in_stock, available_quantity, product_name, variant_id""";

	private static final List<String> HEADER = List.of("level", "variant_id", "product_id", "product_name",
			"variant_label", "on_hand", "reserved", "available", "min_per_order");

	private final ReportReads reads;

	StockAlertsReport(ReportReads reads) {
		this.reads = reads;
	}

	Answer<List<Alert>> run(int threshold) {
		Replicas.Read<List<Alert>> read = read(threshold);
		return new Answer<>(read.value(), read.dataAsOf(),
				new CsvTable(HEADER, read.value().stream().map(Alert::cells).toList()));
	}

	Replicas.Read<List<Alert>> read(int threshold) {
		return reads.read(Source.PRODUCT, jdbc -> jdbc.sql(ALERTS)
			.param("threshold", threshold)
			.query((rs, row) -> new Alert(rs.getBoolean("in_stock") ? "LOW" : "OUT_OF_STOCK", rs.getString("variant_id"),
					rs.getString("product_id"), rs.getString("product_name"), rs.getString("variant_label"),
					rs.getInt("on_hand_quantity"), rs.getInt("reserved_quantity"), rs.getInt("available_quantity"),
					rs.getInt("min_quantity")))
			.list());
	}

	/**
	 * One variant short of stock.
	 *
	 * @param level OUT_OF_STOCK (available below minPerOrder: the shop shows it sold out) or LOW
	 * @param available packs that can still be sold: onHand - reserved
	 */
	@Schema(name = "StockAlert")
	record Alert(String level, String variantId, String productId, String productName, String variantLabel, int onHand,
			int reserved, int available, int minPerOrder) {

		List<?> cells() {
			return Arrays.asList(level, variantId, productId, productName, variantLabel, onHand, reserved, available,
					minPerOrder);
		}
	}
}
