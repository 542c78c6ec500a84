package com.vurksha.user.otp;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The code hasher and the housekeeping of old challenges. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OtpConfiguration {

	/** Challenges are kept a day for the hourly limits' fallback and for support questions, then deleted. */
	private static final Duration RETENTION = Duration.ofDays(1);

	private final OtpChallenges challenges;

	private final Clock clock;

	OtpConfiguration(OtpChallenges challenges, Clock clock) {
		this.challenges = challenges;
		this.clock = clock;
	}

	@Bean
	OtpHasher otpHasher(OtpProperties properties) {
		return new OtpHasher(properties.hashSecret());
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void purgeOldChallenges() {
		challenges.deleteCreatedBefore(clock.instant().minus(RETENTION));
	}
}
