package com.vurksha.notification.channel.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The notification SMS settings; the provider itself is the platform's {@code vurksha.sms.*}.
 *
 * @param templateId the provider's approved generic flow template whose single variable {@code message} carries the
 * whole text (environment {@code MSG91_NOTIFICATION_TEMPLATE_ID}); required with MSG91
 */
@ConfigurationProperties("vurksha.notification.sms")
public record SmsChannelProperties(String templateId) {
}
