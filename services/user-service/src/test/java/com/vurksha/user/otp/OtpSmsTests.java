package com.vurksha.user.otp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vurksha.platform.sms.SmsMessage;
import com.vurksha.platform.sms.SmsProperties;
import com.vurksha.platform.sms.SmsSender;
import com.vurksha.user.phone.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OtpSmsTests {

	private final List<String> sent = new ArrayList<>();

	private final SmsSender recorder = (phone, message) -> sent.add(phone + " " + message);

	@Test
	void sendsTheCodeAsTheOtpVariableOfTheConfiguredTemplate() {
		OtpSms sms = new OtpSms(recorder, properties(SmsProperties.Provider.MSG91, "tmpl-otp-1"));

		SmsMessage message = sms.message("482913");

		assertThat(message.templateId()).isEqualTo("tmpl-otp-1");
		assertThat(message.variables()).isEqualTo(Map.of("otp", "482913"));
		assertThat(message.text()).contains("482913");
	}

	@Test
	void sendsToTheNumberInE164Form() {
		new OtpSms(recorder, properties(SmsProperties.Provider.LOG, null)).send(new PhoneNumber("+919876543210"),
				"482913");

		assertThat(sent).singleElement().asString().startsWith("+919876543210 ");
	}

	@Test
	void refusesToStartWithMsg91ButNoTemplate() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OtpSms(recorder, properties(SmsProperties.Provider.MSG91, " ")))
			.withMessageContaining("MSG91_TEMPLATE_ID");
	}

	private static SmsProperties properties(SmsProperties.Provider provider, String templateId) {
		return new SmsProperties(provider, new SmsProperties.Msg91(null, "key", templateId, null, null));
	}
}
