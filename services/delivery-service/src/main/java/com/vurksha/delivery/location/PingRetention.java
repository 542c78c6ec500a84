package com.vurksha.delivery.location;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.platform.jdbc.BatchedDelete;
import com.vurksha.platform.jobs.PeriodicJob;

/** Deletes pings past their retention in small batches, so the table holds only what support may still ask about. */
@Configuration(proxyBeanMethods = false)
class PingRetention {

	private static final Logger log = LoggerFactory.getLogger(PingRetention.class);

	@Bean
	PeriodicJob locationPingRetentionJob(LocationPings pings, LocationProperties properties, Clock clock) {
		return new PeriodicJob("location-ping-retention", properties.retentionInterval(), Duration.ofSeconds(5),
				() -> {
					int deleted = purge(pings, properties, clock);
					if (deleted > 0) {
						log.info("Deleted {} location pings older than {}", deleted, properties.retention());
					}
				});
	}

	static int purge(LocationPings pings, LocationProperties properties, Clock clock) {
		var cutoff = clock.instant().minus(properties.retention());
		return BatchedDelete.inBatches(BatchedDelete.DEFAULT_BATCH, limit -> pings.deleteReceivedBefore(cutoff, limit));
	}
}
