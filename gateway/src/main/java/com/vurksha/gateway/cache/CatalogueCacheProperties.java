package com.vurksha.gateway.cache;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's cache of public catalogue reads. An answer is kept for the shorter of {@code ttl} and the
 * service's own {@code Cache-Control} max-age, and only when the service allows a shared cache to keep it.
 *
 * @param enabled whether the cache is used at all (default true)
 * @param ttl the longest an answer is served from the cache (default 5 s)
 * @param maximumSize how many bytes of answers are kept at most, the least used dropped first (default 64 MB): a
 *        bound on memory whether the answers are small pages or pictures
 * @param maximumBodyBytes larger answers are passed through without being kept (default 256 KiB)
 * @param paths the path patterns of the cacheable reads: answers that are the same for every caller
 */
@Validated
@ConfigurationProperties("vurksha.catalogue-cache")
public record CatalogueCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration ttl,
		@DefaultValue("64MB") @NotNull DataSize maximumSize, @DefaultValue("262144") @Positive int maximumBodyBytes,
		@NotNull List<String> paths) {
}
