package com.vurksha.files.file;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vurksha.files.FilesProperties;
import com.vurksha.platform.jobs.PeriodicJob;

/**
 * Deletes files nothing has referred to for the retention (7 days): product photos replaced or never attached,
 * proofs of deliveries that were never failed with them. The row is marked deleted first (so its URLs are no
 * longer handed out), then its objects go, except those another live file shares.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vurksha.files.cleanup.enabled", matchIfMissing = true)
class UnreferencedFiles {

	private static final Logger log = LoggerFactory.getLogger(UnreferencedFiles.class);

	@Bean
	PeriodicJob unreferencedFilesJob(FileStore store, FileLibrary library, FilesProperties properties, Clock clock) {
		return new PeriodicJob("unreferenced-files", properties.cleanup().interval(), Duration.ofSeconds(5),
				() -> deleteUnreferenced(store, library, properties, clock.instant()));
	}

	static int deleteUnreferenced(FileStore store, FileLibrary library, FilesProperties properties, Instant now) {
		Instant cutoff = now.minus(properties.unreferencedRetention());
		int deleted = 0;
		for (FileId id : store.unreferencedSince(cutoff, properties.cleanup().batchSize())) {
			StoredFile file = store.find(id).orElse(null);
			if (file != null && store.markDeleted(id, cutoff, now)) {
				library.discard(file);
				deleted++;
				log.info("Deleted file {} ({}): unreferenced for {}", id, file.purpose().wireName(),
						properties.unreferencedRetention());
			}
		}
		return deleted;
	}
}
