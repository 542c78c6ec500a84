package com.vurksha.e2e;

import static com.vurksha.e2e.Journeys.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.vurksha.local.LocalSettings;
import com.vurksha.platformtest.Chromium;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An operator's morning in the operator console of the running system, in a real headless Chromium, through the
 * gateway's {@code /admin/}: signing in with the SMS code, the dashboard's charts, packing a customer's cash order
 * found in the queue (after which the zone's rider holds its delivery), a stock count, a product photo and a coupon,
 * each seen afterwards in the owning service's API and in the audit log under the operator's id. No page may write
 * an error to the browser's console (a script or style the Content-Security-Policy refused would be one).
 *
 * <p>Runs where Chromium and its driver are installed and the local system starts the file service.
 */
@ExtendWith(RunningSystem.class)
@EnabledIf("chromiumAndFileServiceAvailable")
class OperatorConsoleJourneyIntegrationTests {

	private static final String OPERATOR = "+919000000901";

	private static final String CUSTOMER = "+919000001098";

	private static final String RIDER = "+919000000101";

	/** A demo product whose picture is drawn at first start. */
	private static final String PRODUCT = "prd-okra";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Gateway gateway;

	private static Journeys journeys;

	static boolean chromiumAndFileServiceAvailable() {
		return Chromium.available() && LocalSettings.SERVICE_PORTS.containsKey("file");
	}

	@BeforeAll
	static void connect(RunningSystem system) {
		gateway = system.gateway();
		journeys = new Journeys(gateway);
	}

	@Test
	void operatorPacksAnOrderCountsStockAddsAPhotoAndACouponAllAudited() throws Exception {
		String rider = journeys.signIn(RIDER);
		String operator = journeys.signIn(OPERATOR);
		String operatorId = subject(operator);
		// the delivery service learns the rider's account from the sign-up event
		assertThat(eventually(() -> gateway.get("/api/v1/rider/deliveries", rider).status() == 200))
			.as("rider record bound to the rider's account").isTrue();
		assertThat(eventually(Duration.ofSeconds(120), () -> !pictures().isEmpty()))
			.as("the demo product has a picture drawn at first start").isTrue();

		try (Chromium browser = Chromium.open(gateway.base())) {
			signIn(browser);
			seeDashboard(browser);

			JsonNode order = placeCodOrder();
			String orderId = order.path("id").asString();
			packInConsole(browser, order.path("number").asString());
			assertThat(eventually(() -> holds(rider, orderId))).as("the zone's rider holds the packed order's delivery")
				.isTrue();

			String variantId = firstVariant(operator);
			countStock(browser, variantId, 57);
			assertThat(gateway.get("/api/v1/admin/inventory/" + variantId, operator).data().path("onHand").asInt())
				.isEqualTo(57);

			List<String> before = pictures();
			uploadPhoto(browser);
			// the gateway may serve the product page it kept for up to 5 s
			assertThat(eventually(Duration.ofSeconds(10), () -> pictures().size() == before.size() + 1))
				.as("the product shows the new photo").isTrue();
			assertThat(pictures()).containsAll(before);

			String coupon = "DAWN" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
			addCoupon(browser, coupon);
			assertThat(gateway.get("/api/v1/admin/coupons", operator).data().findValuesAsString("code"))
				.contains(coupon);

			visitTheOtherPages(browser);
			assertThat(browser.consoleErrors()).isEmpty();

			JsonNode audit = gateway.get("/api/v1/admin/audit?actorId=" + operatorId + "&limit=100", operator).data();
			assertThat(audited(audit)).contains(operatorId + " order.pack order " + orderId,
					operatorId + " stock.count variant " + variantId, operatorId + " product.images product " + PRODUCT,
					operatorId + " coupon.create coupon " + coupon);
		}
	}

	private static void signIn(Chromium browser) throws Exception {
		browser.go("/admin/");
		assertThat(browser.path()).isEqualTo("/admin/sign-in");
		browser.screenshot("sign-in");
		browser.type(By.name("phone"), OPERATOR);
		browser.click(By.xpath("//button[text()='Send code']"));
		browser.type(By.name("code"), "123456");
		browser.click(By.xpath("//button[text()='Sign in']"));
		browser.waitForText("Orders by hour");
		assertThat(browser.path()).isEqualTo("/admin/");
	}

	private static void seeDashboard(Chromium browser) throws Exception {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(driver -> driver.findElements(By.cssSelector("[data-chart] canvas")).size() == 2);
		assertThat(browser.text()).doesNotContain("read replica is not answering");
		assertThat(problems(browser)).isEmpty();
		browser.screenshot("dashboard");
	}

	private static JsonNode placeCodOrder() throws InterruptedException {
		String customer = journeys.signIn(CUSTOMER);
		String addressId = journeys.addAddress(customer);
		String variantId = journeys.anInStockPack()[1];
		gateway.delete("/api/v1/cart", customer);
		assertThat(gateway.put("/api/v1/cart/items/" + variantId, "{\"quantity\":1}", customer).status())
			.isEqualTo(200);
		Gateway.Reply placed = gateway.postOnce("/api/v1/orders", "{\"addressId\":\"" + addressId
				+ "\",\"deliverySlotId\":\"" + journeys.anOpenSlot(customer) + "\",\"paymentMethod\":\"COD\"}",
				customer, UUID.randomUUID().toString());
		assertThat(placed.status()).as(placed.envelope().toString()).isEqualTo(201);
		String orderId = placed.data().path("id").asString();
		JsonNode[] confirmed = new JsonNode[1];
		assertThat(eventually(() -> {
			confirmed[0] = gateway.get("/api/v1/orders/" + orderId, customer).data();
			return "CONFIRMED".equals(confirmed[0].path("status").asString());
		})).as("a cash order is confirmed at once").isTrue();
		return confirmed[0];
	}

	private static void packInConsole(Chromium browser, String number) throws Exception {
		browser.go("/admin/orders");
		new Select(browser.find(By.name("status"))).selectByValue("CONFIRMED");
		// the other journeys' orders may be on the unfiltered page already: wait for the filter to apply
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.urlContains("status=CONFIRMED"));
		browser.waitForText(number);
		assertThat(browser.driver().findElements(By.cssSelector("td .status")))
			.allSatisfy(status -> assertThat(status.getText()).isEqualTo("CONFIRMED"));
		browser.screenshot("orders");
		browser.click(By.linkText(number));
		browser.click(By.xpath("//button[text()='Mark packed']"));
		browser.waitForText("Order marked packed.");
		browser.screenshot("order");
	}

	private static void countStock(Chromium browser, String variantId, int counted) throws Exception {
		browser.go("/admin/stock/" + variantId);
		new Select(browser.find(By.name("reason"))).selectByValue("COUNT");
		browser.type(By.name("quantity"), String.valueOf(counted));
		browser.type(By.name("note"), "shelf count");
		browser.click(By.xpath("//button[text()='Record']"));
		browser.waitForText("Stock recorded");
		assertThat(problems(browser)).isEmpty();
		browser.screenshot("stock");
	}

	private static void uploadPhoto(Chromium browser) throws Exception {
		Path photo = Files.createTempFile("okra", ".jpg");
		try {
			Files.write(photo, jpeg());
			browser.go("/admin/products/" + PRODUCT);
			browser.driver().findElement(By.name("photo")).sendKeys(photo.toString());
			browser.click(By.xpath("//button[text()='Upload']"));
			browser.waitForText("Picture added.");
			assertThat(problems(browser)).isEmpty();
			browser.screenshot("product");
		}
		finally {
			Files.delete(photo);
		}
	}

	private static void addCoupon(Chromium browser, String code) throws Exception {
		browser.go("/admin/coupons");
		browser.type(By.name("code"), code);
		browser.type(By.name("amount"), "10");
		browser.type(By.name("minOrder"), "200");
		browser.click(By.xpath("//button[text()='Add coupon']"));
		browser.waitForText("Coupon " + code + " added.");
		assertThat(problems(browser)).isEmpty();
		browser.screenshot("coupons");
	}

	private static void visitTheOtherPages(Chromium browser) throws Exception {
		for (String[] page : new String[][] { { "/admin/riders", "riders", "Ravi" },
				{ "/admin/zones", "zones", "Bengaluru Central" },
				{ "/admin/notifications", "notifications", "Undelivered notifications" } }) {
			browser.go(page[0]);
			browser.waitForText(page[2]);
			assertThat(problems(browser)).as(page[0]).isEmpty();
			browser.screenshot(page[1]);
		}
	}

	/** What the page says went wrong (refusals and lists that could not be read). */
	private static List<String> problems(Chromium browser) {
		return browser.driver().findElements(By.cssSelector(".problem")).stream().map(p -> p.getText()).toList();
	}

	private static boolean holds(String rider, String orderId) {
		for (JsonNode delivery : gateway.get("/api/v1/rider/deliveries", rider).data()) {
			if (orderId.equals(delivery.path("orderId").asString())) {
				return true;
			}
		}
		return false;
	}

	private static String firstVariant(String operator) {
		Gateway.Reply product = gateway.get("/api/v1/admin/products/" + PRODUCT, operator);
		assertThat(product.status()).as(product.envelope().toString()).isEqualTo(200);
		return product.data().path("variants").path(0).path("id").asString();
	}

	private static List<String> pictures() {
		List<String> ids = new ArrayList<>();
		gateway.get("/api/v1/products/" + PRODUCT, null).data().path("images").forEach(image -> {
			if (!image.path("fileId").asString("").isEmpty()) {
				ids.add(image.path("fileId").asString());
			}
		});
		return ids;
	}

	/** Each entry as "actorId action targetType targetId". */
	private static Set<String> audited(JsonNode entries) {
		List<String> found = new ArrayList<>();
		entries.forEach(entry -> found.add(entry.path("actorId").asString() + " " + entry.path("action").asString()
				+ " " + entry.path("targetType").asString() + " " + entry.path("targetId").asString()));
		return Set.copyOf(found);
	}

	/** The user id an access token was issued to. */
	private static String subject(String accessToken) {
		String payload = accessToken.split("\\.")[1];
		return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
			.path("sub")
			.asString();
	}

	/** A photo as a phone would send it: a JPEG drawn here. */
	private static byte[] jpeg() throws Exception {
		BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xF1F8E9));
		g.fillRect(0, 0, 800, 600);
		g.setColor(new Color(0x558B2F));
		for (int pod = 0; pod < 5; pod++) {
			g.fillRoundRect(120 + pod * 110, 120 + (pod % 2) * 40, 70, 360, 60, 60);
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}
}
