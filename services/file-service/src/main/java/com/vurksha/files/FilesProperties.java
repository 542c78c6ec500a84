package com.vurksha.files;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of uploads and of the files kept.
 *
 * @param cdnBaseUrl where public variants are loaded from, without a trailing slash: a CDN in front of the bucket,
 *        locally the gateway's {@code /cdn} (which this service answers from the storage)
 * @param maxUploadSize the largest upload accepted (default 10 MB)
 * @param uploadTtl how long a presigned upload stays valid; an upload not completed by then is deleted (default 1 h)
 * @param privateUrlTtl how long a presigned GET of a private file (a delivery proof) works (default 5 min)
 * @param unreferencedRetention how long a file nothing refers to is kept before it is deleted (default 7 days)
 * @param cleanup the job that deletes expired uploads and unreferenced files
 * @param services where the other services live
 */
@ConfigurationProperties("vurksha.files")
public record FilesProperties(@DefaultValue("http://localhost:8080/cdn") String cdnBaseUrl,
		@DefaultValue("10MB") DataSize maxUploadSize, @DefaultValue("1h") Duration uploadTtl,
		@DefaultValue("5m") Duration privateUrlTtl, @DefaultValue("7d") Duration unreferencedRetention,
		@DefaultValue Cleanup cleanup, @DefaultValue Services services) {

	public FilesProperties {
		while (cdnBaseUrl.endsWith("/")) {
			cdnBaseUrl = cdnBaseUrl.substring(0, cdnBaseUrl.length() - 1);
		}
	}

	/**
	 * @param enabled whether this instance runs the job (default true)
	 * @param interval pause between runs (default 1 min)
	 * @param batchSize uploads or files handled per run at most (default 100)
	 */
	public record Cleanup(@DefaultValue("true") boolean enabled, @DefaultValue("1m") Duration interval,
			@DefaultValue("100") int batchSize) {
	}

	/** @param delivery the delivery service (default http://localhost:8086) */
	public record Services(@DefaultValue("http://localhost:8086") String delivery) {
	}
}
