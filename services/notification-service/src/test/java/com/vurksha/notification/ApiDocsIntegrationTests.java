package com.vurksha.notification;

import org.junit.jupiter.api.Test;

import com.vurksha.notification.support.NotificationIntegrationTest;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.ApiDocuments;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIntegrationTests extends NotificationIntegrationTest {

	@Test
	void describesTheInboxAsAListOfTheCommonShape() {
		Api.Reply docs = api.get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		JsonNode list = docs.body().at("/paths/~1api~1v1~1notifications/get");
		assertThat(list.get("parameters").findValuesAsString("name")).containsExactlyInAnyOrder("unreadOnly", "page",
				"limit");
		assertThat(list.get("parameters").findValues("schema")).hasSize(3);
		ApiDocuments.export(docs.body(), "notification");
	}
}
