package com.vurksha.delivery.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;

/**
 * A stand-in for the file service's internal endpoint {@code GET /internal/v1/files/{fileId}} on a WireMock server,
 * answering in the shapes of its contract inside our success and error envelopes. Each stub is for one file id, so
 * tests sharing the server do not disturb each other.
 */
public final class FileService {

	private final WireMockServer server;

	FileService(WireMockServer server) {
		this.server = server;
	}

	/** The rider's photo of the door, uploaded for {@code deliveryId}. */
	public void hasProof(String fileId, String deliveryId) {
		file(fileId, "delivery-proof", "\"" + deliveryId + "\"");
	}

	/** A product image: a real, ready file, but no proof of anything. */
	public void hasProductImage(String fileId) {
		file(fileId, "product-image", "null");
	}

	/** The file service knows no such file. */
	public void lacks(String fileId) {
		answer(fileId, json(404, """
				{"success":false,"error":{"code":"FILE_NOT_FOUND","message":"No such file","retryable":false,
				 "details":[]}}"""));
	}

	/** The file service is there but cannot answer for the file: every call is a 503. */
	public void failsFor(String fileId) {
		answer(fileId, json(503, """
				{"success":false,"error":{"code":"SERVICE_UNAVAILABLE","message":"Down","retryable":true,
				 "details":[]}}"""));
	}

	/** The file service drops the connection whenever the file is asked about, as a crashing server would. */
	public void dropsConnectionsFor(String fileId) {
		answer(fileId, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
	}

	/** How many files were asked about, all told. */
	public int lookups() {
		return server.countRequestsMatching(getRequestedFor(urlMatching("/internal/v1/files/.*")).build()).getCount();
	}

	/** How often the file was asked about. */
	public int lookupsOf(String fileId) {
		return server.countRequestsMatching(getRequestedFor(urlEqualTo(path(fileId))).build()).getCount();
	}

	/** The service token the last lookup of the file carried, or null. */
	public String tokenOfLastLookup(String fileId) {
		return server.findAll(getRequestedFor(urlEqualTo(path(fileId)))).stream()
			.reduce((first, second) -> second)
			.map(request -> request.getHeader("Authorization"))
			.orElse(null);
	}

	private void file(String fileId, String purpose, String deliveryIdJson) {
		answer(fileId, json(200, """
				{"success":true,"data":{"fileId":"%s","purpose":"%s","status":"READY","deliveryId":%s,
				 "width":1280,"height":960,"variants":{}}}""".formatted(fileId, purpose, deliveryIdJson)));
	}

	private void answer(String fileId, ResponseDefinitionBuilder response) {
		server.stubFor(get(urlEqualTo(path(fileId))).willReturn(response));
	}

	private static String path(String fileId) {
		return "/internal/v1/files/" + fileId;
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}
}
