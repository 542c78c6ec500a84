package com.vurksha.admin.console;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Who gets into the console, how the session is kept, and what every page tells the browser. */
class ConsoleSecurityIntegrationTests extends ConsoleTest {

	@Test
	void sendsSomeoneNotSignedInToTheSignInPage() {
		HttpResponse<String> page = console.get("/admin/orders");

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValue("/admin/sign-in");
	}

	@Test
	void tellsAnHtmxRequestWithoutASessionToLoadTheSignInPage() {
		HttpResponse<String> page = console.htmxGet("/admin/orders?status=CONFIRMED");

		assertThat(page.statusCode()).isEqualTo(401);
		assertThat(page.headers().firstValue("HX-Redirect")).hasValue("/admin/sign-in");
	}

	@Test
	void showsTheUserServicesAnswerToAWrongCode() {
		OWNERS.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/api/v1/auth/otp/verify"))
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
				.withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"success\":false,\"error\":{\"code\":\"OTP_INVALID\",\"message\":\"The code is wrong; "
						+ "2 attempts left\"}}")));
		console.get("/admin/sign-in");

		HttpResponse<String> refused = console.post("/admin/sign-in", Map.of("phone", "+919876543210", "code", "000000"));

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("The code is wrong; 2 attempts left");
		assertThat(console.get("/admin/").statusCode()).isEqualTo(302);
	}

	@Test
	void acceptsAnHtmxRequestCarryingTheTokenInItsHeaderAndRefusesOneWithout() {
		signInAsOperator();
		OWNERS.stubFor(com.github.tomakehurst.wiremock.client.WireMock
			.post(urlEqualTo("/api/v1/admin/notifications/msg-1/retry"))
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
				.withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(envelope("{}"))));

		assertThat(console.htmxPost("/admin/notifications/msg-1/retry").statusCode()).isEqualTo(302);
		OWNERS.verify(1, postRequestedFor(urlEqualTo("/api/v1/admin/notifications/msg-1/retry")));

		ConsoleClient forger = new ConsoleClient(port);
		assertThat(forger.htmxPost("/admin/notifications/msg-1/retry").statusCode()).isIn(401, 403);
		assertThat(console.postWithout("/admin/notifications/msg-1/retry", Map.of()).statusCode()).isEqualTo(403);
		OWNERS.verify(1, postRequestedFor(urlEqualTo("/api/v1/admin/notifications/msg-1/retry")));
	}

	@Test
	void signsAnOperatorInWithANewSessionIdAndKeepsTheTokensOnTheServer() {
		console.get("/admin/sign-in");
		String before = console.cookie("VURKSHA_ADMIN");

		signInAsOperator();

		assertThat(lastSignIn.headers().firstValue("Location")).hasValue("/admin/");
		assertThat(console.cookie("VURKSHA_ADMIN")).isNotNull().isNotEqualTo(before);
		HttpResponse<String> dashboard = console.get("/admin/");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("Asha").doesNotContain("eyJ").doesNotContain("refresh-");
		assertThat(String.join(";", dashboard.headers().allValues("Set-Cookie"))).doesNotContain("eyJ");
	}

	@Test
	void refusesACustomerWithAClearMessageAndEndsTheirSession() {
		signInAs(List.of("CUSTOMER"));

		assertThat(lastSignIn.statusCode()).isEqualTo(403);
		assertThat(lastSignIn.body()).contains("not an operator");
		assertThat(console.get("/admin/").statusCode()).isEqualTo(302);
		OWNERS.verify(postRequestedFor(urlEqualTo("/api/v1/auth/logout")).withRequestBody(equalToJson(
				"{\"refreshToken\":\"${json-unit.any-string}\"}")));
	}

	@Test
	void refusesAFormWithoutTheCsrfToken() {
		signInAsOperator();

		HttpResponse<String> forged = console.postWithout("/admin/orders/ord-1/pack", Map.of());

		assertThat(forged.statusCode()).isEqualTo(403);
		OWNERS.verify(0, postRequestedFor(urlEqualTo("/api/v1/admin/orders/ord-1/status")));
	}

	@Test
	void givesEveryPageAStrictContentSecurityPolicyAndTheSessionCookieItsFlags() {
		HttpResponse<String> signIn = console.get("/admin/sign-in");

		assertThat(signIn.headers().firstValue("Content-Security-Policy")).hasValue(
				"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https://cdn.vurksha.test; "
						+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
		assertThat(signIn.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(signIn.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(signIn.body()).doesNotContain("<script>").doesNotContain("style=");
		String cookie = signIn.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("VURKSHA_ADMIN="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Strict").contains("Path=/admin");
	}

	@Test
	void signsOut() {
		signInAsOperator();

		HttpResponse<String> out = console.post("/admin/sign-out", Map.of());

		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(console.get("/admin/").statusCode()).isEqualTo(302);
		OWNERS.verify(postRequestedFor(urlEqualTo("/api/v1/auth/logout")));
	}

	@Test
	void servesHtmxAndItsOwnScriptFromTheConsole() {
		assertThat(console.get("/admin/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
		assertThat(console.get("/admin/static/console.js").statusCode()).isEqualTo(200);
		assertThat(console.get("/admin/static/console.css").statusCode()).isEqualTo(200);
	}
}
