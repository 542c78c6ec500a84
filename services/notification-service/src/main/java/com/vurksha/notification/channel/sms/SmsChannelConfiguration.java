package com.vurksha.notification.channel.sms;

import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.Assert;

import com.vurksha.notification.channel.ChannelSender;
import com.vurksha.platform.sms.SmsProperties;
import com.vurksha.platform.sms.SmsSender;

/**
 * Offers the SMS channel exactly when the platform provides an SMS sender, i.e. when {@code vurksha.sms.provider} is
 * set; without it no SMS is ever queued.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("vurksha.sms.provider")
class SmsChannelConfiguration {

	@Bean
	ChannelSender smsChannelSender(SmsSender sms, SmsProperties platform, SmsChannelProperties properties) {
		String provider = platform.provider().name().toLowerCase(Locale.ROOT);
		if (platform.provider() == SmsProperties.Provider.MSG91) {
			Assert.hasText(properties.templateId(), "vurksha.notification.sms.template-id "
					+ "(MSG91_NOTIFICATION_TEMPLATE_ID) must name the generic flow template to send SMS");
		}
		return new SmsChannelSender(sms, properties.templateId(), provider);
	}
}
