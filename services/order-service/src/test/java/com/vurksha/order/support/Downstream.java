package com.vurksha.order.support;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Stand-ins for the cart, user, delivery and product services on one WireMock server, answering in the shapes of
 * the team contract inside our success and error envelopes. The default basket: 2 × paneer at ₹90.00 (5 % GST) and
 * 1 × tomatoes at ₹40.00 (exempt), delivered to address {@code a-home} (pincode 560001) in a zone charging ₹30.00
 * below ₹499.00 with a ₹100.00 minimum.
 */
public final class Downstream {

	public static final String ADDRESS = "a-home";

	public static final String SLOT = "slot-morning";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WireMockServer server;

	public Downstream(WireMockServer server) {
		this.server = server;
	}

	/** Everything answers as on a good day. */
	public void allWell() {
		server.resetAll();
		cartWith("""
				[{"variantId":"v-paneer","quantity":2},{"variantId":"v-tomato","quantity":1}]""");
		server.stubFor(get(urlPathMatching("/api/v1/users/me/addresses/.*")).atPriority(9)
			.willReturn(error(404, "ADDRESS_NOT_FOUND", "No such address")));
		server.stubFor(get(urlEqualTo("/api/v1/users/me/addresses/" + ADDRESS)).willReturn(json(200, """
				{"success":true,"data":{"id":"a-home","label":"Home","line1":"12 MG Road","line2":"Flat 4",
				 "landmark":"Near the park","city":"Bengaluru","state":"Karnataka","pincode":"560001",
				 "latitude":12.97,"longitude":77.59,"isDefault":true}}""")));
		server.stubFor(post(urlEqualTo("/internal/v1/slot-bookings")).willReturn(booking()));
		server.stubFor(post(urlMatching("/internal/v1/slot-bookings/.*/release")).willReturn(json(200, ok())));
		server.stubFor(templated(post(urlEqualTo("/internal/v1/stock/reservations")), 201, """
				{"success":true,"data":{"reservationId":"{{jsonPath request.body '$.reservationId'}}","status":"RESERVED",
				 "expiresAt":"2026-11-26T00:15:00Z","lines":[
				 {"variantId":"v-paneer","productId":"p-paneer","productName":"Malai Paneer","productNameHi":"मलाई पनीर",
				  "variantLabel":"200 g","unit":"G","unitValue":200,"farmId":"f-gokul","farmName":"Gokul Dairy",
				  "price":9000,"mrp":9500,"gstRateBp":500,"hsnCode":"0406","quantity":2},
				 {"variantId":"v-tomato","productId":"p-tomato","productName":"Tomatoes","productNameHi":"टमाटर",
				  "variantLabel":"1 kg","unit":"KG","unitValue":1,"farmId":"f-hosur","farmName":"Hosur Greens",
				  "price":4000,"mrp":4500,"gstRateBp":0,"hsnCode":"0702","quantity":1}]}}"""));
		server.stubFor(post(urlMatching("/internal/v1/stock/reservations/.*/release")).willReturn(json(200, ok())));
	}

	/** The cart version the cart service answers with the default basket. */
	public static final long CART_VERSION = 1_764_825_600_123_456L;

	public void cartWith(String itemsJson) {
		server.stubFor(get(urlEqualTo("/internal/v1/cart")).willReturn(json(200, """
				{"success":true,"data":{"version":%d,"items":%s}}""".formatted(CART_VERSION, itemsJson))));
	}

	/** The delivery service takes a while to hold a slot, so that concurrent checkouts overlap. */
	public void slowSlotBooking() {
		server.stubFor(post(urlEqualTo("/internal/v1/slot-bookings")).atPriority(1)
			.willReturn(booking().withFixedDelay(500)));
	}

	/** Every slot booking takes {@code millis} to answer, and succeeds. */
	public void slotBookingTakes(int millis) {
		server.stubFor(post(urlEqualTo("/internal/v1/slot-bookings")).atPriority(1)
			.willReturn(booking().withFixedDelay(millis)));
	}

	public void productServiceDown() {
		server.stubFor(post(urlEqualTo("/internal/v1/stock/reservations")).atPriority(1)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	public void deliveryServiceDown() {
		server.stubFor(post(urlEqualTo("/internal/v1/slot-bookings")).atPriority(1)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	public void stockShort() {
		server.stubFor(post(urlEqualTo("/internal/v1/stock/reservations")).atPriority(1)
			.willReturn(error(409, "INSUFFICIENT_STOCK", "Not enough stock for 1 line",
					"""
							[{"field":"v-paneer","message":"available 1"}]""")));
	}

	public void slotFull() {
		server.stubFor(post(urlEqualTo("/internal/v1/slot-bookings")).atPriority(1)
			.willReturn(error(409, "SLOT_FULL", "This slot is full")));
	}

	/** The booking ids the delivery service was asked to hold, in order. */
	public List<String> bookedIds() {
		return bodyField(server.findAll(postRequestedFor(urlEqualTo("/internal/v1/slot-bookings"))), "bookingId");
	}

	/** The reservation ids the product service was asked for, in order. */
	public List<String> reservedIds() {
		return bodyField(server.findAll(postRequestedFor(urlEqualTo("/internal/v1/stock/reservations"))),
				"reservationId");
	}

	public int releasesOfBooking(String bookingId) {
		return server.findAll(postRequestedFor(urlEqualTo("/internal/v1/slot-bookings/" + bookingId + "/release")))
			.size();
	}

	public int releasesOfReservation(String reservationId) {
		return server
			.findAll(postRequestedFor(urlEqualTo("/internal/v1/stock/reservations/" + reservationId + "/release")))
			.size();
	}

	public WireMockServer server() {
		return server;
	}

	private static List<String> bodyField(List<LoggedRequest> requests, String field) {
		return requests.stream().map(r -> JSON.readTree(r.getBodyAsString()).get(field).asString()).toList();
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder booking() {
		return json(201, """
				{"success":true,"data":{"bookingId":"{{jsonPath request.body '$.bookingId'}}",
				 "slotId":"{{jsonPath request.body '$.slotId'}}","start":"2026-11-26T02:30:00Z","end":"2026-11-26T04:30:00Z",
				 "zoneId":"z-central","deliveryFee":3000,"freeDeliveryThreshold":49900,"minimumOrderValue":10000,
				 "status":"HELD"}}""").withTransformers("response-template");
	}

	private static MappingBuilder templated(MappingBuilder request, int status, String body) {
		return request.willReturn(json(status, body).withTransformers("response-template"));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String code,
			String message) {
		return error(status, code, message, "[]");
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String code,
			String message, String details) {
		return json(status, """
				{"success":false,"error":{"code":"%s","message":"%s","retryable":false,"details":%s}}"""
			.formatted(code, message, details));
	}

	private static String ok() {
		return "{\"success\":true,\"data\":{}}";
	}
}
