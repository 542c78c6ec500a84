package com.vurksha.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

import com.vurksha.platform.request.RequestIds;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Turns envelopes into AMQP messages and back. */
public final class EventMessages {

	public static final String TRACEPARENT_HEADER = "traceparent";

	public static final String VERSION_HEADER = "x-event-version";

	private final JsonMapper jsonMapper;

	/** Tolerates fields it does not know, so a producer may add envelope fields before its consumers learn them. */
	private final ObjectReader lenientReader;

	public EventMessages(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
		this.lenientReader = jsonMapper.readerFor(EventEnvelope.class)
			.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

	/** A persistent JSON message whose id is the event id, so the broker and consumers see one identity. */
	public Message toMessage(EventEnvelope event) {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setContentEncoding(StandardCharsets.UTF_8.name());
		properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
		properties.setMessageId(event.id());
		properties.setType(event.type());
		properties.setTimestamp(Date.from(event.occurredAt()));
		properties.setHeader(VERSION_HEADER, event.version());
		if (event.traceparent() != null) {
			properties.setHeader(TRACEPARENT_HEADER, event.traceparent());
		}
		if (event.requestId() != null) {
			properties.setHeader(RequestIds.HEADER, event.requestId());
		}
		return new Message(jsonMapper.writeValueAsBytes(event), properties);
	}

	/**
	 * @throws tools.jackson.core.JacksonException when the body is not JSON of an envelope's shape
	 * @throws IllegalArgumentException when the envelope lacks its id or type
	 */
	public EventEnvelope fromMessage(Message message) {
		EventEnvelope event = lenientReader.readValue(message.getBody());
		if (event == null || event.id() == null || event.type() == null) {
			throw new IllegalArgumentException("The message is not an event envelope: it has no id or type");
		}
		return event;
	}
}
