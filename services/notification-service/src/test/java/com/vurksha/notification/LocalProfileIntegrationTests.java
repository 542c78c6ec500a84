package com.vurksha.notification;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.notification.channel.Channel;
import com.vurksha.notification.channel.ChannelSenders;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code make run} starts the service without any provider credentials, and nothing leaves the machine. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("local")
@Import(TestTokens.Config.class)
class LocalProfileIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
	}

	@Autowired
	ChannelSenders senders;

	@Test
	void logsEveryChannelInsteadOfSending() {
		for (Channel channel : Channel.values()) {
			assertThat(senders.of(channel)).as("%s", channel)
				.hasValueSatisfying(sender -> assertThat(sender.provider()).isEqualTo("log"));
		}
	}
}
