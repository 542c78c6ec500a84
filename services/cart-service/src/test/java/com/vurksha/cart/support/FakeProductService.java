package com.vurksha.cart.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * The product service's {@code GET /internal/v1/variants} on a loopback port, answering with the contract's shape.
 * It can be stopped and started again on the same port to play a product service that is down.
 */
public final class FakeProductService {

	public static final String VARIANTS_PATH = "/internal/v1/variants";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private WireMockServer server;

	private final int port;

	public FakeProductService() {
		server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		port = server.port();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** From now on the product service knows exactly these variants. */
	public void knows(Variant... variants) {
		server.resetAll();
		List<Map<String, Object>> data = Arrays.stream(variants).map(Variant::json).toList();
		server.stubFor(get(urlPathEqualTo(VARIANTS_PATH)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(JSON.writeValueAsString(Map.of("success", true, "data", data)))));
	}

	/** Answers every call with a server error. */
	public void fails() {
		server.resetAll();
		server.stubFor(get(urlPathEqualTo(VARIANTS_PATH)).willReturn(aResponse().withStatus(500)));
	}

	public void stop() {
		server.stop();
	}

	/** Starts again on the same port if stopped, knowing nothing. */
	public void ensureRunning() {
		if (!server.isRunning()) {
			server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").port(port));
			server.start();
		}
		server.resetAll();
	}

	/** The {@code Authorization} headers of the variant calls received so far. */
	public List<String> authorizationsReceived() {
		return server.findAll(getRequestedFor(urlPathEqualTo(VARIANTS_PATH)))
			.stream()
			.map(request -> request.getHeader("Authorization"))
			.toList();
	}

	/** The {@code ids} asked for by each variant call received so far, in order. */
	public List<String> variantIdsAsked() {
		return server.findAll(getRequestedFor(urlPathEqualTo(VARIANTS_PATH)))
			.stream()
			.map(request -> request.queryParameter("ids").firstValue())
			.toList();
	}

	/** One variant as the product service describes it; change it with the {@code with…} methods. */
	public record Variant(String variantId, String productName, long price, long mrp, int available,
			int maxPerOrder, boolean active, int minQuantity, int stepQuantity) {

		public static Variant of(String variantId, String productName, long price) {
			return new Variant(variantId, productName, price, price + 500, 100, 10, true, 1, 1);
		}

		public Variant withPrice(long newPrice) {
			return new Variant(variantId, productName, newPrice, mrp, available, maxPerOrder, active, minQuantity,
					stepQuantity);
		}

		public Variant withAvailable(int units) {
			return new Variant(variantId, productName, price, mrp, units, maxPerOrder, active, minQuantity,
					stepQuantity);
		}

		public Variant inactive() {
			return new Variant(variantId, productName, price, mrp, available, maxPerOrder, false, minQuantity,
					stepQuantity);
		}

		/** Sold at least {@code min} at a time, in steps of {@code step}. */
		public Variant soldInSteps(int min, int step) {
			return new Variant(variantId, productName, price, mrp, available, maxPerOrder, active, min, step);
		}

		Map<String, Object> json() {
			return Map.ofEntries(Map.entry("variantId", variantId), Map.entry("productId", "prod-" + variantId),
					Map.entry("productName", productName), Map.entry("variantLabel", "1 kg"), Map.entry("unit", "KG"),
					Map.entry("unitValue", 1), Map.entry("price", price), Map.entry("mrp", mrp),
					Map.entry("available", available), Map.entry("inStock", active && available >= minQuantity),
					Map.entry("maxPerOrder", maxPerOrder), Map.entry("active", active),
					Map.entry("imageUrl", "https://img.example/" + variantId + ".jpg"), Map.entry("gstRateBp", 500),
					Map.entry("currency", "INR"), Map.entry("minQuantity", minQuantity),
					Map.entry("stepQuantity", stepQuantity));
		}
	}
}
