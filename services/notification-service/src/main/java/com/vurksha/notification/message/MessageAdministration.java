package com.vurksha.notification.message;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.notification.NotificationErrorCode;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiException;

/** What operators do with dead messages: look at them, and send one again once its cause is fixed. */
@Service
class MessageAdministration {

	record Page(List<MessageView> items, long total) {
	}

	private final OutgoingMessages messages;

	MessageAdministration(OutgoingMessages messages) {
		this.messages = messages;
	}

	Page dead(PageQuery page) {
		return new Page(messages.deadPage(page), messages.deadCount());
	}

	@Transactional
	MessageView retry(String id) {
		MessageView message = messages.find(id)
			.orElseThrow(() -> new ApiException(NotificationErrorCode.MESSAGE_NOT_FOUND, "No message " + id));
		if (!messages.revive(id)) {
			throw new ApiException(NotificationErrorCode.MESSAGE_NOT_DEAD,
					"Message " + id + " is " + message.status() + ", only DEAD messages are retried");
		}
		return messages.find(id).orElseThrow();
	}
}
