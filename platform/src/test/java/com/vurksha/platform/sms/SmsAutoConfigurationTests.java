package com.vurksha.platform.sms;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Which sender a service gets for its {@code vurksha.sms.provider}. */
class SmsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SmsAutoConfiguration.class));

	@Test
	void providesNoSenderWhenNoProviderIsSet() {
		runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SmsSender.class)
			.doesNotHaveBean(SmsProperties.class));
	}

	@Test
	void providesTheLoggingSenderForTheLogProvider() {
		runner.withPropertyValues("vurksha.sms.provider=log")
			.run(context -> assertThat(context).getBean(SmsSender.class).isInstanceOf(LoggingSmsSender.class));
	}

	@Test
	void providesTheMsg91SenderWithItsDefaults() {
		runner.withPropertyValues("vurksha.sms.provider=msg91", "vurksha.sms.msg91.auth-key=key-1")
			.run(context -> {
				assertThat(context).getBean(SmsSender.class).isInstanceOf(Msg91SmsSender.class);
				SmsProperties.Msg91 msg91 = context.getBean(SmsProperties.class).msg91();
				assertThat(msg91.baseUrl()).hasToString("https://control.msg91.com");
				assertThat(msg91.readTimeout()).hasSeconds(5);
			});
	}

	@Nested
	class RefusesToStart {

		@Test
		void whenMsg91HasNoAuthKey() {
			runner.withPropertyValues("vurksha.sms.provider=msg91")
				.run(context -> assertThat(context).hasFailed()
					.getFailure()
					.hasStackTraceContaining("MSG91_AUTH_KEY"));
		}

		@Test
		void whenTheProviderIsUnknown() {
			runner.withPropertyValues("vurksha.sms.provider=pigeon")
				.run(context -> assertThat(context).hasFailed());
		}
	}
}
