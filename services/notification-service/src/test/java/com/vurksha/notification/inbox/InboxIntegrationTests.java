package com.vurksha.notification.inbox;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import com.vurksha.notification.support.NotificationIntegrationTest;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The in-app inbox over real HTTP, filled by events that travelled the real broker. */
class InboxIntegrationTests extends NotificationIntegrationTest {

	private String customerWithNotifications(int count) {
		String userId = newUserId();
		for (int i = 1; i <= count; i++) {
			orderConfirmed(userId, "VK-" + i);
		}
		await().atMost(PATIENCE).until(() -> inbox(TestTokens.customer(userId), "").size() == count);
		return userId;
	}

	private List<JsonNode> inbox(String token, String query) {
		Api.Reply reply = api.get("/api/v1/notifications" + query, token);
		assertThat(reply.status()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		reply.data().forEach(items::add);
		return items;
	}

	@Test
	void listsMyNotificationsNewestFirstAndCountsTheUnreadOnes() {
		String userId = customerWithNotifications(2);

		Api.Reply reply = api.get("/api/v1/notifications?limit=1", TestTokens.customer(userId));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().isArray()).as("a list answers data: [] like every other list").isTrue();
		assertThat(reply.data()).hasSize(1);
		JsonNode newest = reply.data().get(0);
		assertThat(newest.get("type").asString()).isEqualTo("order.order.confirmed");
		assertThat(newest.get("title").asString()).startsWith("Order VK-");
		assertThat(newest.get("body").asString()).contains("₹245.50");
		assertThat(newest.get("read").asBoolean()).isFalse();
		assertThat(reply.body().get("pagination").get("total").asLong()).isEqualTo(2);
		assertThat(reply.body().get("pagination").get("hasMore").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/notifications/unread-count", TestTokens.customer(userId)).data().get("unreadCount")
			.asLong()).isEqualTo(2);
	}

	@Test
	void marksOneReadThenAllRead() {
		String userId = customerWithNotifications(3);
		String token = TestTokens.customer(userId);
		String first = inbox(token, "").get(0).get("id").asString();

		Api.Reply read = api.send(HttpMethod.POST, "/api/v1/notifications/" + first + "/read", token, null);

		assertThat(read.status()).isEqualTo(200);
		assertThat(read.data().get("read").asBoolean()).isTrue();
		assertThat(inbox(token, "?unreadOnly=true")).hasSize(2)
			.noneMatch(item -> item.get("id").asString().equals(first));

		Api.Reply all = api.send(HttpMethod.POST, "/api/v1/notifications/read-all", token, null);

		assertThat(all.data().get("marked").asLong()).isEqualTo(2);
		assertThat(all.data().get("unreadCount").asLong()).isZero();
		assertThat(inbox(token, "?unreadOnly=true")).isEmpty();
		assertThat(inbox(token, "")).hasSize(3);
	}

	@Nested
	class Refusals {

		@Test
		void strangerCannotReadAnotherUsersNotification() {
			String owner = customerWithNotifications(1);
			String id = inbox(TestTokens.customer(owner), "").get(0).get("id").asString();
			String stranger = TestTokens.customer(newUserId());

			Api.Reply reply = api.send(HttpMethod.POST, "/api/v1/notifications/" + id + "/read", stranger, null);

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("NOTIFICATION_NOT_FOUND");
			assertThat(inbox(stranger, "")).isEmpty();
			assertThat(inbox(TestTokens.customer(owner), "?unreadOnly=true")).hasSize(1);
		}

		@Test
		void refusesTheInboxWithoutAToken() {
			assertThat(api.get("/api/v1/notifications").status()).isEqualTo(401);
		}

		@Test
		void refusesAPageLimitOutOfRange() {
			Api.Reply reply = api.get("/api/v1/notifications?limit=500", TestTokens.customer(newUserId()));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
		}
	}
}
