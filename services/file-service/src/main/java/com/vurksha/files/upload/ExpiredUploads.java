package com.vurksha.files.upload;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.files.FilesProperties;
import com.vurksha.platform.jobs.PeriodicJob;

/** Deletes the objects of uploads not completed within their hour, so abandoned bytes do not pile up. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vurksha.files.cleanup.enabled", matchIfMissing = true)
class ExpiredUploads {

	@Bean
	PeriodicJob expiredUploadsJob(UploadStore store, Uploads uploads, FilesProperties properties, Clock clock) {
		return new PeriodicJob("expired-uploads", properties.cleanup().interval(), Duration.ofSeconds(5),
				() -> store.expired(clock.instant(), properties.cleanup().batchSize()).forEach(uploads::expire));
	}
}
