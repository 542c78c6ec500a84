package com.vurksha.user.otp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.user.limit.HourlyCounters;
import com.vurksha.user.otp.OtpChallenges.WindowCount;

/**
 * Hourly limits on codes per number and per client address, so nobody can flood a phone with SMS or run up the
 * SMS bill. Counted in Redis; when Redis is unavailable the stored challenges of the last hour are counted instead.
 */
@Component
class SendLimits {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final HourlyCounters counters;

	private final OtpChallenges challenges;

	private final OtpProperties properties;

	private final Clock clock;

	SendLimits(HourlyCounters counters, OtpChallenges challenges, OtpProperties properties, Clock clock) {
		this.counters = counters;
		this.challenges = challenges;
		this.properties = properties;
		this.clock = clock;
	}

	void check(String phone, String clientIp) {
		Instant since = clock.instant().minus(WINDOW);
		enforce("otp:phone:" + phone, properties.maxPerPhonePerHour(),
				() -> challenges.countForPhoneSince(phone, since), "Too many codes for this number; try again later");
		enforce("otp:ip:" + clientIp, properties.maxPerIpPerHour(),
				() -> challenges.countForIpSince(clientIp, since), "Too many code requests; try again later");
	}

	private void enforce(String key, int max, java.util.function.Supplier<WindowCount> fallback, String message) {
		Optional<HourlyCounters.Count> counted = counters.increment(key);
		Duration retryAfter;
		if (counted.isPresent()) {
			if (counted.get().value() <= max) {
				return;
			}
			retryAfter = counted.get().resetsIn();
		}
		else {
			WindowCount stored = fallback.get();
			if (stored.count() < max) {
				return;
			}
			retryAfter = Duration.between(clock.instant(), stored.first().plus(WINDOW));
		}
		throw new ApiException(CommonErrorCode.RATE_LIMITED, message).withRetryAfter(atLeastOneSecond(retryAfter));
	}

	private static Duration atLeastOneSecond(Duration wait) {
		return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
	}
}
