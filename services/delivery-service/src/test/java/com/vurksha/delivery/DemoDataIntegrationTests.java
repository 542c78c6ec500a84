package com.vurksha.delivery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.delivery.support.TestServiceTokens;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.platformtest.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The local profile's demo network: Bengaluru's pincodes in four zones, with slots for the week from the start. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class DemoDataIntegrationTests {

	private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("spring.flyway.locations", () -> "classpath:db/migration,classpath:db/demo");
		registry.add("vurksha.delivery.otp.key", () -> "test-only-delivery-otp-key-0123456789");
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void servesEveryBengaluruPincodeFrom560001To560110InFourZones() {
		Api api = new Api(rest, json);

		for (String pincode : List.of("560001", "560038", "560070", "560110")) {
			JsonNode answer = api.get("/api/v1/delivery/serviceability?pincode=" + pincode).data();
			assertThat(answer.get("serviceable").asBoolean()).as(pincode).isTrue();
		}
		assertThat(api.get("/api/v1/delivery/serviceability?pincode=560111").data().get("serviceable").asBoolean())
			.isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM zone_pincode").query(Integer.class).single()).isEqualTo(110);
		assertThat(jdbc.sql("SELECT count(DISTINCT zone_id) FROM zone_pincode").query(Integer.class).single())
			.isEqualTo(4);
	}

	@Test
	void givesEveryDemoZoneAnAllDayRiderWithRaviKumarServing560001() {
		List<String> zonesWithoutRider = jdbc.sql("SELECT id FROM zone z WHERE NOT EXISTS "
				+ "(SELECT 1 FROM rider r WHERE r.zone_id = z.id AND r.active)").query(String.class).list();
		String raviZone = jdbc.sql("SELECT zone_id FROM rider WHERE phone = '+919000000101' AND name = 'Ravi Kumar' "
				+ "AND capacity = 5 AND shift_start = time '00:00' AND shift_end = time '23:59:59.999999'")
			.query(String.class)
			.single();
		String zoneOf560001 = jdbc.sql("SELECT zone_id FROM zone_pincode WHERE pincode = '560001'")
			.query(String.class)
			.single();

		assertThat(zonesWithoutRider).isEmpty();
		assertThat(raviZone).isEqualTo(zoneOf560001);
		assertThat(jdbc.sql("SELECT phone FROM rider ORDER BY phone").query(String.class).list())
			.containsExactly("+919000000101", "+919000000102", "+919000000103", "+919000000104");
	}

	@Test
	void generatesFourSlotsADayForTheNextSevenDaysAtStart() {
		LocalDate today = LocalDate.now(KOLKATA);

		List<LocalDate> days = jdbc
			.sql("SELECT DISTINCT delivery_date FROM slot WHERE zone_id = 'zone-blr-central' ORDER BY delivery_date")
			.query(LocalDate.class)
			.list();
		JsonNode slots = new Api(rest, json).get("/api/v1/delivery/slots?pincode=560001&date=" + today.plusDays(1))
			.data();

		assertThat(days).containsExactly(today, today.plusDays(1), today.plusDays(2), today.plusDays(3),
				today.plusDays(4), today.plusDays(5), today.plusDays(6));
		assertThat(slots).hasSize(4);
		assertThat(slots).extracting(slot -> slot.get("capacity").asInt()).containsExactly(40, 30, 30, 40);
	}
}
