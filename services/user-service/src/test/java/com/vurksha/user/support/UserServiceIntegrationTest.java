package com.vurksha.user.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.user.UserServiceApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service running on a random port against the real PostgreSQL and Redis, with MSG91 replaced by a WireMock
 * gateway on loopback. Limits are small so tests can reach them: 3 codes per number and 5 per address an hour.
 */
@SpringBootTest(classes = UserServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
public abstract class UserServiceIntegrationTest {

	public static final String TEST_CUSTOMER = "+919000000001";

	public static final String TEST_RIDER = "+919000000101";

	public static final String TEST_CODE = "123456";

	/** A test number only the wrong-code test uses, since it locks the number for the rest of the hour. */
	public static final String TEST_LOCKABLE = "+919000000003";

	/** Test-only secrets of the order service's client: the new one and the one being retired. */
	public static final String ORDER_SERVICE_SECRETS = "test-only-new-order-secret,test-only-old-order-secret";

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private JsonMapper json;

	@Autowired
	protected JdbcClient jdbc;

	protected Api api;

	@DynamicPropertySource
	static void userServiceProperties(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("vurksha.otp.hash-secret", () -> "integration-test-otp-hash-secret-0123456789");
		registry.add("vurksha.otp.max-per-phone-per-hour", () -> 3);
		registry.add("vurksha.otp.max-per-ip-per-hour", () -> 5);
		registry.add("vurksha.otp.test-numbers[0].phone", () -> TEST_CUSTOMER);
		registry.add("vurksha.otp.test-numbers[0].code", () -> TEST_CODE);
		registry.add("vurksha.otp.test-numbers[0].roles[0]", () -> "CUSTOMER");
		registry.add("vurksha.otp.test-numbers[1].phone", () -> TEST_RIDER);
		registry.add("vurksha.otp.test-numbers[1].code", () -> TEST_CODE);
		registry.add("vurksha.otp.test-numbers[1].roles[0]", () -> "RIDER");
		registry.add("vurksha.otp.test-numbers[2].phone", () -> TEST_LOCKABLE);
		registry.add("vurksha.otp.test-numbers[2].code", () -> TEST_CODE);
		registry.add("vurksha.otp.test-numbers[2].roles[0]", () -> "CUSTOMER");
		registry.add("vurksha.auth.generated-key-file", UserServiceIntegrationTest::temporaryKeyFile);
		// a service client in the middle of a secret rotation: both secrets are valid
		registry.add("vurksha.service-clients.clients.order-service.secrets", () -> ORDER_SERVICE_SECRETS);
		registry.add("vurksha.service-clients.clients.order-service.grants.product-service[0]", () -> "stock:reserve");
		registry.add("vurksha.service-clients.clients.order-service.grants.delivery-service[0]", () -> "slots:book");
		registry.add("vurksha.service-clients.clients.order-service.grants.delivery-service[1]",
				() -> "deliveries:read");
		registry.add("vurksha.sms.provider", () -> "msg91");
		registry.add("vurksha.sms.msg91.base-url", SmsGateway::baseUrl);
		registry.add("vurksha.sms.msg91.auth-key", () -> SmsGateway.AUTH_KEY);
		registry.add("vurksha.sms.msg91.template-id", () -> SmsGateway.TEMPLATE_ID);
		registry.add("vurksha.sms.msg91.read-timeout", () -> SmsGateway.READ_TIMEOUT);
	}

	private static String temporaryKeyFile() {
		try {
			return Files.createTempDirectory("user-service-keys").resolve("jwk.json").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@BeforeEach
	void connectApi() {
		api = new Api(rest, json);
	}

	/** Asks for a code from a client address of its own. */
	protected Api.Reply requestOtp(String phone) {
		return requestOtp(phone, Phones.freshIp());
	}

	protected Api.Reply requestOtp(String phone, String clientIp) {
		HttpHeaders headers = new HttpHeaders();
		headers.add("X-Forwarded-For", clientIp + ", 10.0.0.1");
		return api.send(HttpMethod.POST, "/api/v1/auth/otp/request", null, Api.object("phone", phone), headers);
	}

	protected Api.Reply verifyOtp(String phone, String code) {
		return api.post("/api/v1/auth/otp/verify", Api.object("phone", phone, "code", code));
	}

	/** Signs a new customer in the way the app does: ask for a code, read the SMS, send the code back. */
	protected Session signInNewCustomer() {
		String phone = Phones.fresh();
		assertThat(requestOtp(phone).status()).isEqualTo(202);
		Api.Reply reply = verifyOtp(phone, SmsGateway.lastCodeSentTo(phone));
		assertThat(reply.status()).isEqualTo(200);
		return Session.of(reply.data());
	}

	/** Moves a number's challenges into the past, as if {@code by} had passed since they were sent. */
	protected void age(String phone, Duration by) {
		jdbc.sql("""
				UPDATE otp_challenges SET created_at = created_at - make_interval(secs => :s),
				       expires_at = expires_at - make_interval(secs => :s)
				WHERE phone = :phone""").param("s", by.toSeconds()).param("phone", phone).update();
	}

	/** The tokens and user id of a signed-in session. */
	public record Session(String accessToken, String refreshToken, String userId) {

		static Session of(JsonNode data) {
			return new Session(data.get("accessToken").asString(), data.get("refreshToken").asString(),
					data.get("user").get("id").asString());
		}
	}
}
