package com.vurksha.platform.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process first cache level.
 *
 * @param l1MaxEntries how many values one instance keeps in memory (default 10 000)
 * @param l1MaxTtl the longest an in-memory copy lives (default 5 s); it bounds how stale another instance's
 * eviction can leave this one, so keep it short
 */
@ConfigurationProperties("vurksha.cache")
public record CacheProperties(@DefaultValue("10000") long l1MaxEntries, @DefaultValue("5s") Duration l1MaxTtl) {

	public CacheProperties {
		if (l1MaxEntries < 0) {
			throw new IllegalArgumentException("vurksha.cache.l1-max-entries must not be negative");
		}
		if (l1MaxTtl == null || l1MaxTtl.isNegative()) {
			throw new IllegalArgumentException("vurksha.cache.l1-max-ttl must not be negative");
		}
	}
}
