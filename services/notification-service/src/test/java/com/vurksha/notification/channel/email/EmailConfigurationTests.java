package com.vurksha.notification.channel.email;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.vurksha.notification.channel.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Real e-mail needs an SMTP server; without one the service does not start. */
class EmailConfigurationTests {

	private static final EmailProperties SMTP = new EmailProperties(EmailProperties.Provider.SMTP, "no-reply@vurksha.in");

	private static DefaultListableBeanFactory withMailSender(String host) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost(host);
		beans.registerSingleton("mailSender", mail);
		return beans;
	}

	@Test
	void refusesToStartWithoutAnSmtpHost() {
		Throwable failure = catchThrowable(() -> new EmailConfiguration()
			.smtpEmailSender(withMailSender("").getBeanProvider(JavaMailSender.class), SMTP));

		assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessageContaining("SMTP_HOST");
	}

	@Test
	void sendsThroughTheConfiguredSmtpServer() {
		assertThat(new EmailConfiguration()
			.smtpEmailSender(withMailSender("smtp.example.com").getBeanProvider(JavaMailSender.class), SMTP)
			.channel()).isEqualTo(Channel.EMAIL);
	}
}
