package com.vurksha.admin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.vurksha.admin.DateRange;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;

/** Each report's figures for the shop's known days, read from the replica; its CSV; who may see it; bad input. */
class ReportsIntegrationTests extends ReplicaReportTest {

	private static final String DAYS = "from=2026-11-10&to=2026-11-11";

	@Nested
	class Sales {

		@Test
		void addsUpStandingOrdersPerIndiaDayAndTakesOffTheRefundsCompletedThatDay() {
			Api.Reply reply = report("sales?" + DAYS);

			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.body().get("success").asBoolean()).isTrue();
			JsonNode buckets = reply.data().get("buckets");
			assertThat(buckets).hasSize(2);
			// o1, o6 and o2 (23:30); not o3 (00:30 the next India day, the same UTC day) nor o7 (the day before)
			assertBucket(buckets.get(0), "2026-11-10", 3, 108000, 5400, 1429, 3000, 0, 105600);
			// o3; not o4 (cancelled: its refund is left out too) nor o5 (unpaid); o6's refund completed that day
			assertBucket(buckets.get(1), "2026-11-11", 1, 10000, 0, 0, 3000, 5000, 8000);
			assertBucket(reply.data().get("totals"), "total", 4, 118000, 5400, 1429, 6000, 5000, 113600);
			assertThat(reply.data().get("granularity").asString()).isEqualTo("day");
		}

		@Test
		void byHourPutsEachOrderInItsIndiaHour() {
			Api.Reply reply = report("sales?from=2026-11-10&to=2026-11-10&granularity=hour");

			JsonNode buckets = reply.data().get("buckets");
			assertThat(buckets).hasSize(24);
			assertBucket(buckets.get(10), "2026-11-10T10:00", 1, 54000, 5400, 1429, 0, 0, 48600);
			assertBucket(buckets.get(12), "2026-11-10T12:00", 1, 30000, 0, 0, 0, 0, 30000);
			assertBucket(buckets.get(23), "2026-11-10T23:00", 1, 24000, 0, 0, 3000, 0, 27000);
			assertBucket(buckets.get(0), "2026-11-10T00:00", 0, 0, 0, 0, 0, 0, 0);
			assertThat(reply.data().at("/totals/orders").asLong()).isEqualTo(3);
		}

		@Test
		void answersACsvFileInRupees() {
			ResponseEntity<String> csv = text("sales?" + DAYS, "text/csv");

			assertThat(csv.getStatusCode().value()).isEqualTo(200);
			assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/csv"))).isTrue();
			assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
				.isEqualTo("attachment; filename=\"sales-2026-11-10-2026-11-11.csv\"");
			assertThat(csv.getHeaders().getFirst("X-Data-As-Of")).isNotBlank();
			assertThat(csv.getBody().split("\r\n")).containsExactly(
					"bucket,orders,gross_rupees,discount_rupees,gst_rupees,delivery_fee_rupees,refund_rupees,net_rupees",
					"2026-11-10,3,1080.00,54.00,14.29,30.00,0.00,1056.00",
					"2026-11-11,1,100.00,0.00,0.00,30.00,50.00,80.00");
		}

		private void assertBucket(JsonNode bucket, String label, long orders, long gross, long discount, long gst,
				long fees, long refunds, long net) {
			assertThat(bucket.get("bucket").asString()).isEqualTo(label);
			assertThat(List.of(bucket.get("orders").asLong(), bucket.get("grossPaise").asLong(),
					bucket.get("discountPaise").asLong(), bucket.get("gstPaise").asLong(),
					bucket.get("deliveryFeePaise").asLong(), bucket.get("refundPaise").asLong(),
					bucket.get("netPaise").asLong()))
				.as(label)
				.containsExactly(orders, gross, discount, gst, fees, refunds, net);
		}
	}

	@Test
	void countsTheOrdersPlacedOnTheIndiaDaysByStatusAndPaymentMethod() {
		JsonNode both = report("orders?" + DAYS).data();
		assertThat(both.get("total").asLong()).isEqualTo(6);
		assertThat(json.writeValueAsString(both.get("byStatus"))).isEqualTo(
				"{\"PENDING_PAYMENT\":1,\"CONFIRMED\":1,\"PACKED\":1,\"OUT_FOR_DELIVERY\":0,\"DELIVERED\":2,\"CANCELLED\":1}");
		assertThat(json.writeValueAsString(both.get("byPaymentMethod"))).isEqualTo("{\"COD\":2,\"ONLINE\":4}");

		// o3 placed at 00:30 India time counts on its India day; o8 at 00:10 the next day does not
		JsonNode second = report("orders?from=2026-11-11&to=2026-11-11").data();
		assertThat(second.get("total").asLong()).isEqualTo(3);
		assertThat(second.at("/byStatus/PACKED").asLong()).isEqualTo(1);
	}

	@Test
	void ordersAsCsvListEachDimension() {
		ResponseEntity<String> csv = text("orders?" + DAYS + "&format=csv", null);

		assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"orders-2026-11-10-2026-11-11.csv\"");
		assertThat(csv.getBody().split("\r\n")).startsWith("dimension,value,orders", "status,PENDING_PAYMENT,1")
			.contains("payment_method,ONLINE,4", "total,,6");
	}

	@Test
	void fillsSlotsPerZoneAndDay() {
		JsonNode rows = report("slots?" + DAYS).data();

		assertThat(rows).hasSize(3);
		assertZoneDay(rows.get(0), "2026-11-10", "North", 2, 15, 2, 1, 12, "20.0");
		assertZoneDay(rows.get(1), "2026-11-10", "South", 1, 4, 4, 0, 0, "100.0");
		assertZoneDay(rows.get(2), "2026-11-11", "North", 1, 10, 1, 0, 9, "10.0");
	}

	private static void assertZoneDay(JsonNode row, String date, String zone, int slots, long capacity,
			long confirmed, long held, long free, String filled) {
		assertThat(row.get("date").asString()).isEqualTo(date);
		assertThat(row.get("zoneName").asString()).isEqualTo(zone);
		assertThat(List.of(row.get("slots").asLong(), row.get("capacity").asLong(), row.get("confirmed").asLong(),
				row.get("held").asLong(), row.get("free").asLong()))
			.containsExactly((long) slots, capacity, confirmed, held, free);
		assertThat(row.get("filledPercent").decimalValue()).isEqualByComparingTo(new BigDecimal(filled));
	}

	@Test
	void sumsUpEachRidersEndedDeliveries() {
		JsonNode rows = report("riders?" + DAYS).data();

		assertThat(rows).hasSize(2);
		JsonNode asha = rows.get(0);
		assertThat(asha.get("firstName").asString()).isEqualTo("Asha");
		assertThat(asha.get("deliveries").asLong()).isEqualTo(1);
		assertThat(asha.get("delivered").asLong()).isZero();
		assertThat(asha.get("onTimePercent").isNull()).isTrue();
		assertThat(asha.at("/failedByReason/ADDRESS_NOT_FOUND").asLong()).isEqualTo(1);
		assertThat(asha.get("codCollectedPaise").asLong()).isZero();
		JsonNode ravi = rows.get(1);
		assertThat(ravi.get("riderId").asString()).isEqualTo("r-ravi");
		assertThat(ravi.get("deliveries").asLong()).isEqualTo(4);
		assertThat(ravi.get("delivered").asLong()).isEqualTo(2);
		assertThat(ravi.get("onTimePercent").decimalValue()).isEqualByComparingTo("50.0");
		assertThat(ravi.get("failed").asLong()).isEqualTo(2);
		assertThat(json.writeValueAsString(ravi.get("failedByReason"))).isEqualTo(
				"{\"CUSTOMER_UNAVAILABLE\":2,\"ADDRESS_NOT_FOUND\":0,\"CUSTOMER_REFUSED\":0,\"DAMAGED\":0,\"OTHER\":0}");
		assertThat(ravi.get("codCollectedPaise").asLong()).isEqualTo(48600);
	}

	@Test
	void ridersAsCsvHaveAColumnPerFailureReason() {
		String[] lines = text("riders?" + DAYS, "text/csv").getBody().split("\r\n");

		assertThat(lines).containsExactly("rider_id,first_name,zone_id,deliveries,delivered,on_time_percent,failed,"
				+ "failed_customer_unavailable,failed_address_not_found,failed_customer_refused,failed_damaged,"
				+ "failed_other,cod_collected_rupees", "r-asha,Asha,z-south,1,0,,1,0,1,0,0,0,0.00",
				"r-ravi,Ravi,z-north,4,2,50.0,2,2,0,0,0,0,486.00");
	}

	@Test
	void ranksProductsByPacksSoldOrByRevenue() {
		JsonNode byQuantity = report("products?" + DAYS).data().get("products");
		assertThat(byQuantity.findValuesAsString("variantId")).containsExactly("v-tomato-500g", "v-onion-1kg",
				"v-ghee-500ml");
		assertThat(byQuantity.get(0).get("quantity").asLong()).isEqualTo(20);
		assertThat(byQuantity.get(0).get("revenuePaise").asLong()).isEqualTo(40000);
		assertThat(byQuantity.get(0).get("orders").asLong()).isEqualTo(2);
		assertThat(byQuantity.get(0).get("rank").asInt()).isEqualTo(1);

		JsonNode byRevenue = report("products?" + DAYS + "&sort=revenue").data().get("products");
		assertThat(byRevenue.findValuesAsString("variantId")).containsExactly("v-onion-1kg", "v-tomato-500g",
				"v-ghee-500ml");
		assertThat(byRevenue.get(0).get("revenuePaise").asLong()).isEqualTo(48000);

		assertThat(report("products?" + DAYS + "&limit=1").data().get("products")).hasSize(1);
	}

	@Test
	void alertsOnVariantsOnSaleAtOrBelowTheThreshold() {
		JsonNode alerts = report("stock-alerts").data();
		assertThat(alerts.findValuesAsString("variantId")).containsExactly("v-ghee-500ml", "v-rice-5kg",
				"v-tomato-500g", "v-carrot-1kg");
		assertThat(alerts.findValuesAsString("level")).containsExactly("OUT_OF_STOCK", "OUT_OF_STOCK", "LOW", "LOW");
		assertThat(alerts.get(2).get("available").asInt()).isEqualTo(4);
		assertThat(alerts.get(2).get("variantLabel").asString()).isEqualTo("500 g");

		assertThat(report("stock-alerts?threshold=0").data().findValuesAsString("variantId"))
			.containsExactly("v-ghee-500ml");
	}

	@Test
	void countsCouponUsesThatStillCount() {
		JsonNode coupons = report("coupons?" + DAYS).data().get("coupons");

		assertThat(coupons).hasSize(2);
		assertThat(coupons.get(0).get("code").asString()).isEqualTo("FRESH10");
		assertThat(coupons.get(0).get("kind").asString()).isEqualTo("PERCENT");
		assertThat(coupons.get(0).get("redemptions").asLong()).isEqualTo(1);
		assertThat(coupons.get(0).get("discountPaise").asLong()).isEqualTo(5400);
		assertThat(coupons.get(0).get("cancelledOrders").asLong()).isEqualTo(1);
		assertThat(coupons.get(1).get("code").asString()).isEqualTo("SAVE50");
		assertThat(coupons.get(1).get("discountPaise").asLong()).isEqualTo(5000);
	}

	@Test
	void defaultsToTodayInIndia() {
		Api.Reply reply = report("orders");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("from").asString())
			.isEqualTo(LocalDate.now(DateRange.INDIA).toString());
	}

	@Test
	void stockAlertsAndTopProductsAsCsv() {
		ResponseEntity<String> stock = text("stock-alerts?format=csv", null);
		assertThat(stock.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"stock-alerts-" + LocalDate.now(DateRange.INDIA) + ".csv\"");
		assertThat(stock.getBody().split("\r\n")).startsWith(
				"level,variant_id,product_id,product_name,variant_label,on_hand,reserved,available,min_per_order",
				"OUT_OF_STOCK,v-ghee-500ml,p-ghee,Ghee,500 ml,0,0,0,1", "OUT_OF_STOCK,v-rice-5kg,p-rice,Rice,5 kg,7,6,1,2");

		assertThat(text("products?" + DAYS + "&limit=1", "text/csv").getBody().split("\r\n")).containsExactly(
				"rank,product_id,product_name,variant_id,variant_label,quantity,revenue_rupees,orders",
				"1,p-tomato,Tomato,v-tomato-500g,500 g,20,400.00,2");
		assertThat(text("slots?" + DAYS, "text/csv").getBody().split("\r\n")).contains(
				"2026-11-10,z-north,North,2,15,2,1,12,20.0");
	}

	@Test
	void isForAdminsOnly() {
		assertThat(api.get("/api/v1/admin/reports/sales", TestTokens.customer()).status()).isEqualTo(403);
		String rider = TestTokens.token("rider-1", List.of("RIDER"), TestTokens.ISSUER, Duration.ofMinutes(5));
		assertThat(api.get("/api/v1/admin/reports/riders", rider).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/admin/reports/sales").status()).isEqualTo(401);
	}

	@Nested
	class BadInput {

		@ParameterizedTest
		@ValueSource(strings = { "sales?from=2026-13-01", "sales?from=2026-11-11&to=2026-11-10",
				"sales?from=2025-01-01&to=2026-11-10", "sales?granularity=week", "orders?format=xml",
				"products?limit=0", "products?limit=101", "products?limit=many", "products?sort=price",
				"stock-alerts?threshold=-1", "stock-alerts?threshold=few", "riders?to=yesterday" })
		void isRefusedWithValidationFailed(String query) {
			Api.Reply reply = report(query);

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void isRefusedInTheJsonEnvelopeAlsoWhenCsvWasAsked() {
			ResponseEntity<String> reply = text("sales?granularity=week", "text/csv");

			assertThat(reply.getStatusCode().value()).isEqualTo(400);
			assertThat(reply.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
			assertThat(json.readTree(reply.getBody()).at("/error/code").asString()).isEqualTo("VALIDATION_FAILED");
		}
	}

	@Test
	void answersJsonUnlessCsvIsAsked() {
		ResponseEntity<String> any = text("coupons?" + DAYS, "*/*");
		assertThat(any.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();

		ResponseEntity<String> csv = rest.exchange("/api/v1/admin/reports/coupons?" + DAYS + "&format=csv",
				HttpMethod.GET, new HttpEntity<>(authorised(MediaType.APPLICATION_JSON)),
				String.class);
		assertThat(csv.getBody()).startsWith("coupon_code,kind,redemptions,discount_rupees");
		assertThat(csv.getBody()).contains("FRESH10,PERCENT,1,54.00,540.00,1");
	}

	private static HttpHeaders authorised(MediaType accept) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(TestTokens.admin());
		headers.setAccept(List.of(accept));
		return headers;
	}
}
