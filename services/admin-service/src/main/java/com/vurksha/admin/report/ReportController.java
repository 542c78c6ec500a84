package com.vurksha.admin.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.admin.DateRange;
import com.vurksha.platform.error.ApiErrors;

/**
 * The operator reports, read from the services' read replicas (never a primary), as JSON or CSV. Each answer's
 * {@code meta.dataAsOf} (and the {@code X-Data-As-Of} header) is how fresh the least caught-up replica it read was.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/reports", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
@Tag(name = "Admin reports")
@SecurityRequirement(name = "bearer")
class ReportController {

	static final String DATA_AS_OF = "X-Data-As-Of";

	private static final String COMMON = " Days are India time (Asia/Kolkata), from and to both included, at most 366 "
			+ "days; both default to today. Money is in paise in JSON and in rupees with two decimals in CSV. "
			+ "`Accept: text/csv` or `format=csv` answers a CSV file (header row; attachment named "
			+ "<report>-<from>-<to>.csv) with the freshness in the X-Data-As-Of header. The data is read from the "
			+ "services' read replicas: meta.dataAsOf is the last transaction the least caught-up of them had "
			+ "replayed; a replica that is down (or is not a standby) answers 503 REPORTS_REPLICA_UNAVAILABLE with "
			+ "Retry-After, never data from a primary. Needs role ADMIN (403 FORBIDDEN otherwise).";

	private static final String FROM = "First day, India time (yyyy-MM-dd; default: to)";

	private static final String TO = "Last day, India time, included (yyyy-MM-dd; default: today)";

	private static final String FORMAT = "json or csv; without it the Accept header decides (JSON by default)";

	private final SalesReport sales;

	private final OrdersReport orders;

	private final SlotsReport slots;

	private final RidersReport riders;

	private final ProductsReport products;

	private final StockAlertsReport stock;

	private final CouponsReport coupons;

	private final Clock clock;

	ReportController(SalesReport sales, OrdersReport orders, SlotsReport slots, RidersReport riders,
			ProductsReport products, StockAlertsReport stock, CouponsReport coupons, Clock clock) {
		this.sales = sales;
		this.orders = orders;
		this.slots = slots;
		this.riders = riders;
		this.products = products;
		this.stock = stock;
		this.coupons = coupons;
		this.clock = clock;
	}

	@GetMapping("/sales")
	@Operation(operationId = "getSalesReport", summary = "Sales per hour or day",
			description = "Per India-time hour or day of the range, every one listed (zeros included), and totals. "
					+ "orders: orders placed in the bucket that are not CANCELLED and not PENDING_PAYMENT (COD orders "
					+ "from placing, online orders once paid). grossPaise: their items at the GST-inclusive prices "
					+ "charged, before coupons. discountPaise: their coupon discounts. gstPaise: the GST contained in "
					+ "grossPaise (not added to it). deliveryFeePaise: their delivery fees. refundPaise: refunds of "
					+ "online payments that the provider completed (PROCESSED) in the bucket, whenever their order was "
					+ "placed, except refunds of orders now CANCELLED, whose sale is not counted at all. netPaise = "
					+ "grossPaise - discountPaise + deliveryFeePaise - refundPaise. Reads the order and payment "
					+ "replicas." + COMMON)
	@ApiErrors({ "REPORTS_REPLICA_UNAVAILABLE" })
	ResponseEntity<ReportEnvelope<SalesReport.Sales>> sales(@Parameter(description = FROM) @RequestParam(required = false) LocalDate from,
			@Parameter(description = TO) @RequestParam(required = false) LocalDate to,
			@Parameter(description = "hour or day (default day)") @RequestParam(required = false) String granularity,
			@Parameter(description = FORMAT) @RequestParam(required = false) String format) {
		MediaType type = ReportParameters.format(format);
		SalesReport.Granularity unit = ReportParameters.granularity(granularity);
		DateRange range = range(from, to);
		return answer(sales.run(range, unit), "sales", range, type);
	}

	@GetMapping("/orders")
	@Operation(operationId = "getOrdersReport", summary = "Orders by status and payment method",
			description = "The orders placed in the range, every status: how many there are, how many are in each "
					+ "status now (PENDING_PAYMENT, CONFIRMED, PACKED, OUT_FOR_DELIVERY, DELIVERED, CANCELLED, every "
					+ "one listed) and how many are paid COD or ONLINE. Reads the order replica." + COMMON)
	@ApiErrors({ "REPORTS_REPLICA_UNAVAILABLE" })
	ResponseEntity<ReportEnvelope<OrdersReport.Orders>> orders(@Parameter(description = FROM) @RequestParam(required = false) LocalDate from,
			@Parameter(description = TO) @RequestParam(required = false) LocalDate to,
			@Parameter(description = FORMAT) @RequestParam(required = false) String format) {
		MediaType type = ReportParameters.format(format);
		DateRange range = range(from, to);
		return answer(orders.run(range), "orders", range, type);
	}

	@GetMapping("/slots")
	@Operation(operationId = "getSlotsReport", summary = "Slot utilisation per zone and day",
			description = "Per delivery day of the range and zone: the slots, their places (capacity), the bookings "
					+ "CONFIRMED (orders placed) and HELD (checkouts in progress) now, the places free, and "
					+ "filledPercent = (capacity - free) / capacity x 100, one decimal. Reads the delivery replica."
					+ COMMON)
	@ApiErrors({ "REPORTS_REPLICA_UNAVAILABLE" })
	ResponseEntity<ReportEnvelope<List<SlotsReport.ZoneDay>>> slots(@Parameter(description = FROM) @RequestParam(required = false) LocalDate from,
			@Parameter(description = TO) @RequestParam(required = false) LocalDate to,
			@Parameter(description = FORMAT) @RequestParam(required = false) String format) {
		MediaType type = ReportParameters.format(format);
		DateRange range = range(from, to);
		return answer(slots.run(range), "slots", range, type);
	}

	@GetMapping("/riders")
	@Operation(operationId = "getRidersReport", summary = "Rider performance",
			description = "Per rider, the deliveries that ended in the range: DELIVERED ones by their hand-over time, "
					+ "FAILED ones (given up on, back to the hub) by when they failed; a delivery counts for the rider "
					+ "of its last attempt. deliveries = delivered + failed. onTimePercent: of the delivered ones with "
					+ "a slot, the share handed over by the slot's end (null when none). failedByReason: the failed "
					+ "ones by the reason of their last attempt. codCollectedPaise: the cash to collect on the "
					+ "delivered COD orders (the hand-over is the collection). Cash deposited by riders is not "
					+ "reported: no service records it. Reads the delivery replica." + COMMON)
	@ApiErrors({ "REPORTS_REPLICA_UNAVAILABLE" })
	ResponseEntity<ReportEnvelope<List<RidersReport.Rider>>> riders(@Parameter(description = FROM) @RequestParam(required = false) LocalDate from,
			@Parameter(description = TO) @RequestParam(required = false) LocalDate to,
			@Parameter(description = FORMAT) @RequestParam(required = false) String format) {
		MediaType type = ReportParameters.format(format);
		DateRange range = range(from, to);
		return answer(riders.run(range), "riders", range, type);
	}

	@GetMapping("/products")
	@Operation(operationId = "getProductsReport", summary = "Top products",
			description = "The best-selling products, per pack (variant), over the lines of the orders the sales "
					+ "report counts (placed in the range, not CANCELLED, not PENDING_PAYMENT): packs sold (quantity), "
					+ "revenuePaise (the lines' totals at the GST-inclusive prices charged, before coupon discounts, "
					+ "which are not split over lines) and the orders they were in; ranked by sort, ties by the other "
					+ "figure. Reads the order replica." + COMMON)
	@ApiErrors({ "REPORTS_REPLICA_UNAVAILABLE" })
	ResponseEntity<ReportEnvelope<ProductsReport.Top>> products(@Parameter(description = FROM) @RequestParam(required = false) LocalDate from,
			@Parameter(description = TO) @RequestParam(required = false) LocalDate to,
			@Parameter(description = "quantity or revenue (default quantity)") @RequestParam(required = false) String sort,
			@Parameter(description = "How many products, 1 to 100 (default 20)") @RequestParam(required = false) Integer limit,
			@Parameter(description = FORMAT) @RequestParam(required = false) String format) {
		MediaType type = ReportParameters.format(format);
		ProductsReport.Ranking ranking = ReportParameters.ranking(sort);
		int top = ReportParameters.limit(limit);
		DateRange range = range(from, to);
		return answer(products.run(range, ranking, top), "products", range, type);
	}

	@GetMapping("/stock-alerts")
	@Operation(operationId = "getStockAlertsReport", summary = "Variants out of stock or low",
			description = "The variants on sale (variant and product active) whose available packs (on hand - "
					+ "reserved) are at most threshold, now: level OUT_OF_STOCK when the shop shows them sold out "
					+ "(available below the order minimum), else LOW; sold out first, then fewest available. No date "
					+ "range. `Accept: text/csv` or `format=csv` answers a CSV file (stock-alerts-<today>.csv) with "
					+ "the freshness in the X-Data-As-Of header. Read from the product replica: meta.dataAsOf is the "
					+ "last transaction it had replayed; when it is down (or is not a standby) the answer is 503 "
					+ "REPORTS_REPLICA_UNAVAILABLE with Retry-After, never data from a primary. Needs role ADMIN (403 "
					+ "FORBIDDEN otherwise).")
	@ApiErrors({ "REPORTS_REPLICA_UNAVAILABLE" })
	ResponseEntity<ReportEnvelope<List<StockAlertsReport.Alert>>> stockAlerts(
			@Parameter(description = "Alert at this many available packs or fewer, 0 to 1000000 (default 5)") @RequestParam(required = false) Integer threshold,
			@Parameter(description = FORMAT) @RequestParam(required = false) String format) {
		MediaType type = ReportParameters.format(format);
		int packs = ReportParameters.threshold(threshold);
		return respond(stock.run(packs), "stock-alerts-" + today() + ".csv", type);
	}

	@GetMapping("/coupons")
	@Operation(operationId = "getCouponsReport", summary = "Coupon use",
			description = "Per coupon used on orders placed in the range: redemptions (those orders that still count "
					+ "as a use: not CANCELLED, as the per-customer limit counts them), the discount they got, their "
					+ "items before the discount, and the orders since cancelled (not counted). Most redeemed first. "
					+ "Reads the order replica." + COMMON)
	@ApiErrors({ "REPORTS_REPLICA_UNAVAILABLE" })
	ResponseEntity<ReportEnvelope<CouponsReport.Coupons>> coupons(@Parameter(description = FROM) @RequestParam(required = false) LocalDate from,
			@Parameter(description = TO) @RequestParam(required = false) LocalDate to,
			@Parameter(description = FORMAT) @RequestParam(required = false) String format) {
		MediaType type = ReportParameters.format(format);
		DateRange range = range(from, to);
		return answer(coupons.run(range), "coupons", range, type);
	}

	private DateRange range(LocalDate from, LocalDate to) {
		return DateRange.of(from, to, today());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(DateRange.INDIA));
	}

	private static <T> ResponseEntity<ReportEnvelope<T>> answer(Answer<T> answer, String report, DateRange range,
			MediaType type) {
		return respond(answer, report + "-" + range.from() + "-" + range.to() + ".csv", type);
	}

	/** As {@code type} when the query named one, else as the Accept header asks (JSON first). */
	private static <T> ResponseEntity<ReportEnvelope<T>> respond(Answer<T> answer, String fileName, MediaType type) {
		ResponseEntity.BodyBuilder builder = ResponseEntity.ok().header(DATA_AS_OF, answer.dataAsOf().toString());
		if (type != null) {
			builder.contentType(type);
		}
		return builder.body(ReportEnvelope.of(answer, fileName));
	}
}
