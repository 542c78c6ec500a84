package com.vurksha.notification.channel.email;

import jakarta.mail.SendFailedException;

import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.channel.ChannelMessage;
import com.vurksha.notification.channel.ChannelSender;
import com.vurksha.notification.channel.PermanentRefusal;

/**
 * Sends plain-text e-mail through the SMTP server. An address the server or the parser rejects will be rejected
 * again, so it is a permanent refusal; a server that is down or slow counts against the breaker.
 */
class SmtpEmailSender implements ChannelSender {

	private final JavaMailSender mail;

	private final String from;

	SmtpEmailSender(JavaMailSender mail, String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public String provider() {
		return "smtp";
	}

	@Override
	public void send(ChannelMessage message) {
		SimpleMailMessage email = new SimpleMailMessage();
		email.setFrom(from);
		email.setTo(message.destination());
		email.setSubject(message.title());
		email.setText(message.body());
		try {
			mail.send(email);
		}
		catch (MailParseException | MailPreparationException ex) {
			throw new PermanentRefusal("The e-mail could not be built: " + ex.getMessage(), ex);
		}
		catch (MailSendException ex) {
			throw refusedAddress(ex) ? new PermanentRefusal("The SMTP server refused the address", ex) : ex;
		}
	}

	private static boolean refusedAddress(MailSendException ex) {
		return ex.getFailedMessages()
			.values()
			.stream()
			.anyMatch(failure -> failure instanceof SendFailedException sent && sent.getInvalidAddresses() != null
					&& sent.getInvalidAddresses().length > 0);
	}
}
