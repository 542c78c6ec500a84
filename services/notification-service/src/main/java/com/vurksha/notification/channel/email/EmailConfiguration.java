package com.vurksha.notification.channel.email;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

import com.vurksha.notification.channel.ChannelSender;

/** Chooses the e-mail sender named by {@code vurksha.notification.email.provider}. */
@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

	@Bean
	@ConditionalOnProperty(name = "vurksha.notification.email.provider", havingValue = "log")
	ChannelSender logEmailSender() {
		return new LogEmailSender();
	}

	/** Fails the start when no SMTP server is configured, instead of piling up e-mails that cannot leave. */
	@Bean
	@ConditionalOnProperty(name = "vurksha.notification.email.provider", havingValue = "smtp", matchIfMissing = true)
	ChannelSender smtpEmailSender(ObjectProvider<JavaMailSender> mail, EmailProperties properties) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null || (sender instanceof JavaMailSenderImpl smtp && !StringUtils.hasText(smtp.getHost()))) {
			throw new IllegalStateException("spring.mail.host (SMTP_HOST) must be set to send e-mail, "
					+ "or vurksha.notification.email.provider=log");
		}
		return new SmtpEmailSender(sender, properties.from());
	}
}
