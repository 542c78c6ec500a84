package com.vurksha.admin.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import com.vurksha.admin.audit.AuditEntry;
import com.vurksha.admin.audit.AuditLog;
import com.vurksha.platform.api.PageQuery;

/** Stock, products, riders, coupons, zones and notifications: each action goes to its owner and into the audit log. */
class PagesIntegrationTests extends ConsoleTest {

	private static final String STOCK = "{\"variantId\":\"var-1\",\"productId\":\"prod-1\",\"onHand\":%d,\"reserved\":2,"
			+ "\"available\":%d,\"recentMovements\":[{\"id\":1,\"delta\":5,\"reason\":\"RECEIVE\",\"onHandAfter\":%d,"
			+ "\"actor\":\"op\",\"note\":null,\"occurredAt\":\"2026-12-07T05:00:00Z\"}]}";

	private static final String PRODUCT = "{\"id\":\"prod-1\",\"name\":\"Tomatoes\",\"nameHi\":\"टमाटर\",\"active\":true,"
			+ "\"images\":[{\"fileId\":\"11111111-1111-1111-1111-111111111111\",\"thumb\":{\"url\":"
			+ "\"https://cdn.vurksha.test/p/a.webp\"}}],\"variants\":[{\"id\":\"var-1\",\"label\":\"1 kg\",\"price\":4500,"
			+ "\"mrp\":5000,\"active\":true}]}";

	@Autowired
	AuditLog audit;

	@Test
	void countsStockWithTheCountedFigureAndAuditsBeforeAndAfter() {
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/inventory/var-1"))
			.willReturn(json(envelope(STOCK.formatted(10, 8, 10)))));
		OWNERS.stubFor(put(urlEqualTo("/api/v1/admin/inventory/var-1")).willReturn(json(envelope(STOCK.formatted(7, 5, 7)))));
		String operator = signInAsOperator();
		assertThat(console.get("/admin/stock/var-1").body()).contains("RECEIVE");

		HttpResponse<String> counted = console.post("/admin/stock/var-1",
				Map.of("reason", "COUNT", "quantity", "7", "note", "shelf count"));

		assertThat(console.follow(counted).body()).contains("Stock recorded");
		OWNERS.verify(putRequestedFor(urlEqualTo("/api/v1/admin/inventory/var-1"))
			.withHeader("Authorization", matching("Bearer .+"))
			.withRequestBody(equalToJson("{\"onHand\":7,\"reason\":\"COUNT\",\"note\":\"shelf count\"}")));
		AuditEntry entry = onlyEntryOf(operator);
		assertThat(entry.action()).isEqualTo("stock.count");
		assertThat(((JsonNode) entry.before()).get("onHand").asInt()).isEqualTo(10);
		assertThat(((JsonNode) entry.after()).at("/data/onHand").asInt()).isEqualTo(7);
	}

	@Test
	void writesOffAsAQuantityTakenOffAndShowsTheProductServicesRefusal() {
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/inventory/var-1")).willReturn(json(envelope(STOCK.formatted(1, 1, 1)))));
		OWNERS.stubFor(put(urlEqualTo("/api/v1/admin/inventory/var-1")).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"success\":false,\"error\":{\"code\":\"INSUFFICIENT_STOCK\",\"message\":\"Only 1 on hand\"}}")));
		signInAsOperator();
		console.get("/admin/stock/var-1");

		HttpResponse<String> written = console.post("/admin/stock/var-1", Map.of("reason", "WRITE_OFF", "quantity", "3"));

		assertThat(console.follow(written).body()).contains("Only 1 on hand");
		OWNERS.verify(putRequestedFor(urlEqualTo("/api/v1/admin/inventory/var-1"))
			.withRequestBody(equalToJson("{\"delta\":-3,\"reason\":\"WRITE_OFF\"}")));
	}

	@Test
	void changesAPacksPriceInPaise() {
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/products/prod-1")).willReturn(json(envelope(PRODUCT))));
		OWNERS.stubFor(patch(urlEqualTo("/api/v1/admin/products/prod-1/variants/var-1")).willReturn(json(envelope("{}"))));
		String operator = signInAsOperator();
		assertThat(console.get("/admin/products/prod-1").body()).contains("Tomatoes").contains("45.00");

		console.post("/admin/products/prod-1/variants/var-1", Map.of("price", "42.50", "mrp", "50", "active", "true"));

		OWNERS.verify(patchRequestedFor(urlEqualTo("/api/v1/admin/products/prod-1/variants/var-1"))
			.withRequestBody(equalToJson("{\"price\":4250,\"mrp\":5000,\"active\":true}")));
		assertThat(onlyEntryOf(operator).action()).isEqualTo("variant.update");
	}

	@Test
	void uploadsAPhotoThroughTheFileServiceAndAddsItToTheProduct() {
		String storage = "http://127.0.0.1:" + OWNERS.port() + "/storage/bucket/upload-1?X-Amz-Signature=abc";
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/products/prod-1")).willReturn(json(envelope(PRODUCT))));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/files/uploads")).willReturn(json(envelope("{\"uploadId\":\"upload-1\","
				+ "\"url\":\"" + storage + "\",\"method\":\"PUT\",\"headers\":{\"Content-Type\":\"image/png\"}}"))));
		OWNERS.stubFor(put(urlPathEqualTo("/storage/bucket/upload-1")).willReturn(aResponse().withStatus(200)));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/files/uploads/upload-1/complete"))
			.willReturn(json(envelope("{\"fileId\":\"22222222-2222-2222-2222-222222222222\",\"status\":\"READY\"}"))));
		OWNERS.stubFor(put(urlEqualTo("/api/v1/admin/products/prod-1/images")).willReturn(json(envelope(PRODUCT))));
		String operator = signInAsOperator();
		console.get("/admin/products/prod-1");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };

		HttpResponse<String> uploaded = console.upload("/admin/products/prod-1/photos", "photo", "a.png", "image/png",
				png);

		assertThat(console.follow(uploaded).body()).contains("Picture added.");
		OWNERS.verify(postRequestedFor(urlEqualTo("/api/v1/files/uploads")).withRequestBody(equalToJson(
				"{\"purpose\":\"product-image\",\"contentType\":\"image/png\",\"sizeBytes\":12,"
						+ "\"sha256\":\"${json-unit.any-string}\"}")));
		OWNERS.verify(putRequestedFor(urlPathEqualTo("/storage/bucket/upload-1")).withHeader("Content-Type",
				equalTo("image/png")).withoutHeader("Authorization"));
		OWNERS.verify(putRequestedFor(urlEqualTo("/api/v1/admin/products/prod-1/images")).withRequestBody(equalToJson(
				"{\"fileIds\":[\"11111111-1111-1111-1111-111111111111\",\"22222222-2222-2222-2222-222222222222\"]}")));
		assertThat(onlyEntryOf(operator).action()).isEqualTo("product.images");
	}

	@Test
	void removesOnePictureKeepingTheOthers() {
		String two = PRODUCT.replace("}}],", "}},{\"fileId\":\"33333333-3333-3333-3333-333333333333\",\"thumb\":{\"url\":"
				+ "\"https://cdn.vurksha.test/p/b.webp\"}}],");
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/products/prod-1")).willReturn(json(envelope(two))));
		OWNERS.stubFor(put(urlEqualTo("/api/v1/admin/products/prod-1/images")).willReturn(json(envelope(PRODUCT))));
		signInAsOperator();
		assertThat(console.get("/admin/products/prod-1").body()).contains("https://cdn.vurksha.test/p/b.webp");

		console.post("/admin/products/prod-1/photos/11111111-1111-1111-1111-111111111111/remove", Map.of());

		OWNERS.verify(putRequestedFor(urlEqualTo("/api/v1/admin/products/prod-1/images"))
			.withRequestBody(equalToJson("{\"fileIds\":[\"33333333-3333-3333-3333-333333333333\"]}")));
	}

	@Test
	void changesNoPictureOfAProductWithPicturesSetByTheirAddress() {
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/products/prod-1")).willReturn(json(envelope(PRODUCT.replace(
				"}}],", "}},{\"thumb\":{\"url\":\"https://cdn.vurksha.test/p/legacy.jpg\"}}],")))));
		signInAsOperator();
		console.get("/admin/products/prod-1");

		HttpResponse<String> uploaded = console.upload("/admin/products/prod-1/photos", "photo", "a.png", "image/png",
				new byte[] { 1, 2, 3 });

		assertThat(console.follow(uploaded).body()).contains("pictures set by their address");
		OWNERS.verify(0, postRequestedFor(urlEqualTo("/api/v1/files/uploads")));
		OWNERS.verify(0, putRequestedFor(urlEqualTo("/api/v1/admin/products/prod-1/images")));
	}

	@Test
	void refusesAPriceWithMoreThanTwoDecimalsWithoutAskingTheProductService() {
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/products/prod-1")).willReturn(json(envelope(PRODUCT))));
		signInAsOperator();
		console.get("/admin/products/prod-1");

		HttpResponse<String> refused = console.post("/admin/products/prod-1/variants/var-1",
				Map.of("price", "42.505", "mrp", "50"));

		assertThat(console.follow(refused).body()).contains("Prices must be rupees with at most two decimals.");
		OWNERS.verify(0, patchRequestedFor(urlEqualTo("/api/v1/admin/products/prod-1/variants/var-1")));
	}

	@Test
	void addsACouponInBasisPointsAndPaise() {
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/coupons")).willReturn(json(envelope("[{\"code\":\"WELCOME\","
				+ "\"kind\":\"FLAT\",\"amount\":5000,\"minOrder\":0,\"validFrom\":\"2026-12-01T00:00:00Z\","
				+ "\"perCustomerLimit\":1}]"))));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/admin/coupons")).willReturn(json(envelope("{\"code\":\"FRESH10\"}"))
			.withStatus(201)));
		String operator = signInAsOperator();
		assertThat(console.get("/admin/coupons").body()).contains("WELCOME");

		HttpResponse<String> added = console.post("/admin/coupons", Map.of("code", "fresh10", "kind", "PERCENT",
				"amount", "12.5", "maxDiscount", "100", "minOrder", "499", "validTo", "2026-12-31"));

		assertThat(console.follow(added).body()).contains("Coupon FRESH10 added.");
		OWNERS.verify(postRequestedFor(urlEqualTo("/api/v1/admin/coupons")).withRequestBody(equalToJson(
				"{\"code\":\"fresh10\",\"kind\":\"PERCENT\",\"amount\":1250,\"maxDiscount\":10000,\"minOrder\":49900,"
						+ "\"validTo\":\"2026-12-31T18:30:00Z\"}")));
		AuditEntry entry = onlyEntryOf(operator);
		assertThat(entry.action()).isEqualTo("coupon.create");
		assertThat(entry.targetId()).isEqualTo("FRESH10");
	}

	@Test
	void reassignsADeliveryToTheChosenRider() {
		OWNERS.stubFor(get(urlPathEqualTo("/api/v1/admin/riders")).willReturn(json(envelope("[{\"id\":\"rider-1\","
				+ "\"name\":\"Ravi\",\"zoneId\":\"zone-a\",\"shiftStart\":\"08:00\",\"shiftEnd\":\"16:00\",\"capacity\":5,"
				+ "\"active\":true,\"openCount\":2}]"))));
		OWNERS.stubFor(get(urlPathEqualTo("/api/v1/admin/deliveries")).willReturn(json("{\"success\":true,\"data\":"
				+ "[{\"id\":\"del-1\",\"orderNumber\":\"VK-1\",\"status\":\"ASSIGNED\",\"attempt\":1,\"riderId\":\"rider-2\"}],"
				+ "\"pagination\":{\"page\":1,\"limit\":25,\"total\":1,\"hasMore\":false}}")));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/admin/deliveries/del-1/reassign")).willReturn(json(envelope("{}"))));
		String operator = signInAsOperator();
		HttpResponse<String> page = console.get("/admin/riders?status=ASSIGNED");
		assertThat(page.body()).contains("Ravi").contains("08:00").contains("VK-1");

		console.post("/admin/deliveries/del-1/reassign", Map.of("riderId", "rider-1"));

		OWNERS.verify(postRequestedFor(urlEqualTo("/api/v1/admin/deliveries/del-1/reassign"))
			.withRequestBody(equalToJson("{\"riderId\":\"rider-1\"}")));
		assertThat(onlyEntryOf(operator).action()).isEqualTo("delivery.reassign");
	}

	@Test
	void changesARidersShift() {
		OWNERS.stubFor(get(urlPathEqualTo("/api/v1/admin/riders")).willReturn(json(envelope("[{\"id\":\"rider-1\","
				+ "\"name\":\"Ravi\",\"shiftStart\":\"08:00\",\"shiftEnd\":\"16:00\",\"capacity\":5,\"active\":true}]"))));
		OWNERS.stubFor(patch(urlEqualTo("/api/v1/admin/riders/rider-1")).willReturn(json(envelope("{}"))));
		String operator = signInAsOperator();
		console.get("/admin/riders");

		console.post("/admin/riders/rider-1", Map.of("shiftStart", "10:00", "shiftEnd", "18:00", "capacity", "6",
				"active", "true"));

		OWNERS.verify(patchRequestedFor(urlEqualTo("/api/v1/admin/riders/rider-1")).withRequestBody(equalToJson(
				"{\"shiftStart\":\"10:00\",\"shiftEnd\":\"18:00\",\"capacity\":6,\"active\":true}")));
		assertThat(onlyEntryOf(operator).action()).isEqualTo("rider.update");
	}

	@Test
	void givesTheCustomerANewDoorstepCodeForADeliveryUnderWay() {
		OWNERS.stubFor(get(urlPathEqualTo("/api/v1/admin/riders")).willReturn(json(envelope("[]"))));
		OWNERS.stubFor(get(urlPathEqualTo("/api/v1/admin/deliveries")).willReturn(json("{\"success\":true,\"data\":"
				+ "[{\"id\":\"del-2\",\"orderNumber\":\"VK-2\",\"status\":\"EN_ROUTE\",\"attempt\":1}],"
				+ "\"pagination\":{\"page\":1,\"limit\":25,\"total\":1,\"hasMore\":false}}")));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/admin/deliveries/del-2/otp/reset")).willReturn(json(envelope("{}"))));
		String operator = signInAsOperator();
		assertThat(console.get("/admin/riders?status=EN_ROUTE").body()).contains("New doorstep code");

		HttpResponse<String> reset = console.post("/admin/deliveries/del-2/otp/reset", Map.of());

		assertThat(console.follow(reset).body()).contains("The customer has a new doorstep code.");
		assertThat(onlyEntryOf(operator).action()).isEqualTo("delivery.otp-reset");
	}

	@Test
	void changesAZonesChargesAndAddsAWeeklyWindow() {
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/delivery/zones")).willReturn(json(envelope("[{\"id\":\"zone-a\","
				+ "\"name\":\"Indiranagar\",\"hub\":\"Hub 1\",\"deliveryFee\":3000,\"freeDeliveryThreshold\":50000,"
				+ "\"minimumOrderValue\":10000,\"pincodes\":[\"560038\"]}]"))));
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/delivery/zones/zone-a/templates")).willReturn(json(envelope(
				"[{\"id\":\"t1\",\"weekday\":\"MONDAY\",\"start\":\"07:00\",\"end\":\"09:00\",\"capacity\":30,"
						+ "\"cutoffMinutes\":60}]"))));
		OWNERS.stubFor(patch(urlEqualTo("/api/v1/admin/delivery/zones/zone-a")).willReturn(json(envelope("{}"))));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/admin/delivery/zones/zone-a/templates")).willReturn(json(envelope("{}"))));
		signInAsOperator();
		assertThat(console.get("/admin/zones").body()).contains("Indiranagar");
		assertThat(console.get("/admin/zones/zone-a").body()).contains("MONDAY").contains("07:00");

		console.post("/admin/zones/zone-a", Map.of("hub", "Hub 2", "deliveryFee", "25", "freeDeliveryThreshold", "",
				"minimumOrderValue", ""));
		console.get("/admin/zones/zone-a");
		console.post("/admin/zones/zone-a/templates", Map.of("weekday", "TUESDAY", "start", "18:00", "end", "20:00",
				"capacity", "20", "cutoffMinutes", "90"));

		OWNERS.verify(patchRequestedFor(urlEqualTo("/api/v1/admin/delivery/zones/zone-a"))
			.withRequestBody(equalToJson("{\"hub\":\"Hub 2\",\"deliveryFee\":2500}")));
		OWNERS.verify(postRequestedFor(urlEqualTo("/api/v1/admin/delivery/zones/zone-a/templates"))
			.withRequestBody(equalToJson("{\"weekday\":\"TUESDAY\",\"start\":\"18:00\",\"end\":\"20:00\",\"capacity\":20,"
					+ "\"cutoffMinutes\":90}")));
	}

	@Test
	void opensAZoneAndAddsPincodesToOne() {
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/delivery/zones")).willReturn(json(envelope("[]"))));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/admin/delivery/zones")).willReturn(json(envelope("{}")).withStatus(201)));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/admin/delivery/zones/zone-a/pincodes")).willReturn(aResponse()
			.withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"success\":false,\"error\":{\"code\":\"PINCODE_TAKEN\",\"message\":\"560001 is served by "
					+ "Koramangala\"}}")));
		signInAsOperator();
		console.get("/admin/zones");

		HttpResponse<String> opened = console.post("/admin/zones", Map.of("name", "Whitefield", "hub", "Hub 3",
				"deliveryFee", "30", "freeDeliveryThreshold", "500", "minimumOrderValue", "", "pincodes",
				"560066, 560067"));
		assertThat(console.follow(opened).body()).contains("Zone Whitefield opened.");
		HttpResponse<String> added = console.post("/admin/zones/zone-a/pincodes", Map.of("pincodes", "560001 560002"));

		OWNERS.verify(postRequestedFor(urlEqualTo("/api/v1/admin/delivery/zones")).withRequestBody(equalToJson(
				"{\"name\":\"Whitefield\",\"hub\":\"Hub 3\",\"deliveryFee\":3000,\"freeDeliveryThreshold\":50000,"
						+ "\"pincodes\":[\"560066\",\"560067\"]}")));
		OWNERS.verify(postRequestedFor(urlEqualTo("/api/v1/admin/delivery/zones/zone-a/pincodes"))
			.withRequestBody(equalToJson("{\"pincodes\":[\"560001\",\"560002\"]}")));
		assertThat(console.follow(added).body()).contains("560001 is served by Koramangala");
	}

	@Test
	void sendsADeadNotificationAgain() {
		OWNERS.stubFor(get(urlPathEqualTo("/api/v1/admin/notifications/dead")).willReturn(json("{\"success\":true,"
				+ "\"data\":[{\"id\":\"msg-1\",\"eventType\":\"order.order.packed\",\"channel\":\"SMS\","
				+ "\"destination\":\"+91******3210\",\"status\":\"DEAD\",\"attempts\":5,\"lastError\":\"PROVIDER_DOWN\"}],"
				+ "\"pagination\":{\"page\":1,\"limit\":25,\"total\":1,\"hasMore\":false}}")));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/admin/notifications/msg-1/retry")).willReturn(json(envelope("{}"))));
		String operator = signInAsOperator();
		assertThat(console.get("/admin/notifications").body()).contains("PROVIDER_DOWN");

		HttpResponse<String> retried = console.post("/admin/notifications/msg-1/retry", Map.of());

		assertThat(console.follow(retried).body()).contains("queued to be sent again");
		assertThat(onlyEntryOf(operator).action()).isEqualTo("notification.retry");
	}

	@Test
	void showsAMessageWhenAnOwnerIsDown() {
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/coupons"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		signInAsOperator();

		HttpResponse<String> page = console.get("/admin/coupons");

		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("The order service is not answering").doesNotContain("Exception");
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	private AuditEntry onlyEntryOf(String operator) {
		AuditLog.Page page = audit.list(new AuditLog.Filter(operator, null, null, null, null), new PageQuery(1, 10));
		assertThat(page.items()).hasSize(1);
		return page.items().get(0);
	}
}
