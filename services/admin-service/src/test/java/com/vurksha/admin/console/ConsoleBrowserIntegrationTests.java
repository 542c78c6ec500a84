package com.vurksha.admin.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import com.vurksha.platformtest.Chromium;
import com.vurksha.platformtest.TestTokens;

/**
 * An operator's morning in a real headless Chromium against the running console, the owning services played by
 * WireMock: sign in, the dashboard with its charts, filtering the queue, packing an order, a stock count, a product
 * picture and a coupon, then every other page, with no error in the browser's console on any page (a script or style
 * the Content-Security-Policy refused would be one).
 */
class ConsoleBrowserIntegrationTests extends ConsoleTest {

	/** A 1×1 PNG. */
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@Test
	void runsAnOperatorsMorningWithoutABrowserError() throws Exception {
		Assumptions.assumeTrue(Chromium.available(), "Chromium and its driver are not installed");
		String order = rows.order("CONFIRMED", "zone-a", "2026-12-08");
		owners(order);
		try (Chromium browser = Chromium.open("http://localhost:" + port)) {
			browser.go("/admin/");
			assertThat(browser.path()).isEqualTo("/admin/sign-in");
			browser.screenshot("sign-in");
			browser.type(By.name("phone"), "+919876500001");
			browser.click(By.xpath("//button[text()='Send code']"));
			browser.type(By.name("code"), "123456");
			browser.click(By.xpath("//button[text()='Sign in']"));
			browser.waitForText("Orders by hour");
			assertThat(browser.path()).isEqualTo("/admin/");
			assertThat(browser.driver().findElements(By.cssSelector("[data-chart] canvas"))).hasSize(2);
			browser.screenshot("dashboard");

			browser.go("/admin/orders");
			new Select(browser.find(By.name("status"))).selectByValue("OUT_FOR_DELIVERY");
			browser.waitForText("No orders match.");
			assertThat(browser.driver().getCurrentUrl()).contains("status=OUT_FOR_DELIVERY");
			new Select(browser.find(By.name("status"))).selectByValue("CONFIRMED");
			browser.waitForText(OwnerRows.number(order));
			browser.screenshot("orders");
			browser.click(By.linkText(OwnerRows.number(order)));
			browser.click(By.xpath("//button[text()='Mark packed']"));
			browser.waitForText("Order marked packed.");
			browser.screenshot("order");
			OWNERS.verify(postRequestedFor(urlEqualTo("/api/v1/admin/orders/" + order + "/status"))
				.withRequestBody(equalToJson("{\"status\":\"PACKED\"}")));

			browser.go("/admin/stock/var-1");
			new Select(browser.find(By.name("reason"))).selectByValue("COUNT");
			browser.type(By.name("quantity"), "7");
			browser.click(By.xpath("//button[text()='Record']"));
			browser.waitForText("Stock recorded");
			browser.screenshot("stock");
			OWNERS.verify(putRequestedFor(urlEqualTo("/api/v1/admin/inventory/var-1"))
				.withRequestBody(equalToJson("{\"onHand\":7,\"reason\":\"COUNT\"}")));

			Path picture = Files.createTempFile("tomatoes", ".png");
			Files.write(picture, PNG);
			browser.go("/admin/products/prod-1");
			browser.driver().findElement(By.name("photo")).sendKeys(picture.toString());
			browser.click(By.xpath("//button[text()='Upload']"));
			browser.waitForText("Picture added.");
			browser.screenshot("product");
			OWNERS.verify(putRequestedFor(urlEqualTo("/api/v1/admin/products/prod-1/images")));

			browser.go("/admin/coupons");
			browser.type(By.name("code"), "FRESH10");
			browser.type(By.name("amount"), "10");
			browser.click(By.xpath("//button[text()='Add coupon']"));
			browser.waitForText("Coupon FRESH10 added.");
			browser.screenshot("coupons");

			for (String[] page : new String[][] { { "/admin/stock", "stock-list", "Stock" },
					{ "/admin/products", "products", "Products" }, { "/admin/riders", "riders", "Ravi" },
					{ "/admin/zones", "zones", "Indiranagar" }, { "/admin/zones/zone-a", "zone", "MONDAY" },
					{ "/admin/notifications", "notifications", "PROVIDER_DOWN" } }) {
				browser.go(page[0]);
				browser.waitForText(page[2]);
				browser.screenshot(page[1]);
			}

			assertThat(browser.consoleErrors()).isEmpty();
		}
	}

	private void owners(String order) {
		String token = TestTokens.token("operator-1", List.of("ADMIN"), TestTokens.ISSUER, Duration.ofMinutes(15));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/auth/otp/request")).willReturn(json(envelope("{}")).withStatus(202)));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/auth/otp/verify")).willReturn(json(envelope("{\"accessToken\":\""
				+ token + "\",\"refreshToken\":\"refresh-1\",\"user\":{\"id\":\"operator-1\",\"name\":\"Asha\"}}"))));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/admin/orders/" + order + "/status"))
			.willReturn(json(envelope("{\"status\":\"PACKED\"}"))));
		String stock = "{\"variantId\":\"var-1\",\"onHand\":10,\"reserved\":2,\"available\":8,\"recentMovements\":[]}";
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/inventory/var-1")).willReturn(json(envelope(stock))));
		OWNERS.stubFor(put(urlEqualTo("/api/v1/admin/inventory/var-1")).willReturn(json(envelope(stock))));
		String product = "{\"id\":\"prod-1\",\"name\":\"Tomatoes\",\"active\":true,\"images\":[{\"fileId\":"
				+ "\"11111111-1111-1111-1111-111111111111\",\"thumb\":{\"url\":\"data:image/png;base64,"
				+ Base64.getEncoder().encodeToString(PNG) + "\"}}],\"variants\":[{\"id\":\"var-1\",\"label\":\"1 kg\","
				+ "\"price\":4500,\"mrp\":5000,\"active\":true}]}";
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/products/prod-1")).willReturn(json(envelope(product))));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/files/uploads")).willReturn(json(envelope("{\"uploadId\":\"up-1\","
				+ "\"url\":\"http://127.0.0.1:" + OWNERS.port() + "/storage/up-1\",\"headers\":{}}"))));
		OWNERS.stubFor(put(urlPathEqualTo("/storage/up-1")).willReturn(aResponse().withStatus(200)));
		OWNERS.stubFor(post(urlMatching("/api/v1/files/uploads/up-1/complete"))
			.willReturn(json(envelope("{\"fileId\":\"22222222-2222-2222-2222-222222222222\"}"))));
		OWNERS.stubFor(put(urlEqualTo("/api/v1/admin/products/prod-1/images")).willReturn(json(envelope(product))));
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/coupons")).willReturn(json(envelope("[]"))));
		OWNERS.stubFor(get(urlPathEqualTo("/api/v1/admin/riders")).willReturn(json(envelope("[{\"id\":\"rider-1\","
				+ "\"name\":\"Ravi\",\"zoneId\":\"zone-a\",\"shiftStart\":\"08:00\",\"shiftEnd\":\"16:00\","
				+ "\"capacity\":5,\"active\":true,\"openCount\":2}]"))));
		OWNERS.stubFor(get(urlPathEqualTo("/api/v1/admin/deliveries")).willReturn(json("{\"success\":true,\"data\":"
				+ "[{\"id\":\"del-1\",\"orderNumber\":\"VK-1\",\"status\":\"ASSIGNED\",\"attempt\":1,"
				+ "\"riderId\":\"rider-1\",\"slotStart\":\"2026-12-08T03:30:00Z\"}],\"pagination\":{\"page\":1,"
				+ "\"limit\":25,\"total\":1,\"hasMore\":false}}")));
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/delivery/zones")).willReturn(json(envelope("[{\"id\":\"zone-a\","
				+ "\"name\":\"Indiranagar\",\"hub\":\"Hub 1\",\"deliveryFee\":3000,\"freeDeliveryThreshold\":50000,"
				+ "\"minimumOrderValue\":10000,\"pincodes\":[\"560038\"]}]"))));
		OWNERS.stubFor(get(urlEqualTo("/api/v1/admin/delivery/zones/zone-a/templates")).willReturn(json(envelope(
				"[{\"id\":\"t1\",\"weekday\":\"MONDAY\",\"start\":\"07:00\",\"end\":\"09:00\",\"capacity\":30,"
						+ "\"cutoffMinutes\":60}]"))));
		OWNERS.stubFor(get(urlPathEqualTo("/api/v1/admin/notifications/dead")).willReturn(json("{\"success\":true,"
				+ "\"data\":[{\"id\":\"msg-1\",\"eventType\":\"order.order.packed\",\"channel\":\"SMS\","
				+ "\"destination\":\"+91******3210\",\"status\":\"DEAD\",\"attempts\":5,\"lastError\":\"PROVIDER_DOWN\","
				+ "\"updatedAt\":\"2026-12-07T05:00:00Z\"}],\"pagination\":{\"page\":1,\"limit\":25,\"total\":1,"
				+ "\"hasMore\":false}}")));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/admin/coupons")).willReturn(json(envelope("{}")).withStatus(201)));
	}

	private static ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}
}
