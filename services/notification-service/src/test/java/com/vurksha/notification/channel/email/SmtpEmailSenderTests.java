package com.vurksha.notification.channel.email;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.vurksha.notification.channel.ChannelMessage;
import com.vurksha.notification.channel.PermanentRefusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The SMTP adapter against an embedded SMTP server on the loopback address. */
class SmtpEmailSenderTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	private SmtpEmailSender sender() {
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(smtp.getSmtp().getPort());
		mail.setDefaultEncoding("UTF-8");
		return new SmtpEmailSender(mail, "Vurksha <no-reply@vurksha.in>");
	}

	@Test
	void sendsAPlainTextEmailInUtf8() throws Exception {
		sender().send(new ChannelMessage("asha@example.com", "आपका ऑर्डर VK-1", "नमस्ते Asha,\n\nधन्यवाद"));

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("आपका ऑर्डर VK-1");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("asha@example.com");
		assertThat(received[0].getFrom()[0].toString()).contains("no-reply@vurksha.in");
		assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
	}

	@Test
	void aMalformedAddressIsAPermanentRefusal() {
		assertThat(catchThrowable(() -> sender().send(new ChannelMessage("not an address@@", "s", "b"))))
			.isInstanceOf(PermanentRefusal.class);
	}

	@Test
	void anUnreachableServerIsAPassingFailure() {
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(1);
		SmtpEmailSender unreachable = new SmtpEmailSender(mail, "no-reply@vurksha.in");

		assertThat(catchThrowable(() -> unreachable.send(new ChannelMessage("asha@example.com", "s", "b"))))
			.isNotNull()
			.isNotInstanceOf(PermanentRefusal.class);
	}
}
