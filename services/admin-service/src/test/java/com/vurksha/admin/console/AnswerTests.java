package com.vurksha.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What the operator reads when an owning service refuses. */
class AnswerTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void namesTheServiceItsCodeItsMessageAndTheFieldsItNamed() {
		Answer answer = new Answer(Owner.ORDER, 400, json.readTree("""
				{"success":false,"error":{"code":"VALIDATION_FAILED","message":"The coupon is not valid",
				 "details":[{"field":"code","message":"must match [A-Za-z0-9_-]{3,40}"}]}}"""));

		assertThat(answer.ok()).isFalse();
		assertThat(answer.problem()).isEqualTo("The order service refused (400 VALIDATION_FAILED): The coupon is not "
				+ "valid (code must match [A-Za-z0-9_-]{3,40})");
	}

	@Test
	void saysTheStatusWhenTheServiceGaveNoEnvelope() {
		assertThat(new Answer(Owner.DELIVERY, 502, null).problem()).isEqualTo("The delivery service answered 502");
	}

	@Test
	void readsTheDataAndTheTotalOfAPage() {
		Answer answer = new Answer(Owner.NOTIFICATION, 200, json.readTree("""
				{"success":true,"data":[{"id":"m1"}],"pagination":{"page":1,"limit":20,"total":41,"hasMore":true}}"""));

		assertThat(answer.ok()).isTrue();
		assertThat(answer.data().get(0).get("id").asString()).isEqualTo("m1");
		assertThat(answer.total()).isEqualTo(41);
	}
}
