package com.vurksha.notification.channel;

/**
 * What one provider call sends.
 *
 * @param destination a device token, an E.164 phone number or an e-mail address
 * @param title the push title or the e-mail subject; null for SMS
 * @param body the text
 */
public record ChannelMessage(String destination, String title, String body) {
}
