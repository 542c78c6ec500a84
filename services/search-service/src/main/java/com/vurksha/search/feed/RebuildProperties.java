package com.vurksha.search.feed;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Full rebuilds of the index.
 *
 * @param source where the catalogue is listed
 * @param pageSize products per page of the listing and per bulk write (default 100, the listing's maximum)
 * @param onEmptyIndex whether an instance that finds the index empty at start-up rebuilds it (default true)
 * @param retryEvery how often that start-up rebuild is tried again while the product service or the index cannot
 * take part (default 10 s)
 */
@Validated
@ConfigurationProperties("vurksha.search.rebuild")
public record RebuildProperties(@Valid @DefaultValue Source source, @DefaultValue("100") @Min(1) @Max(100) int pageSize,
		@DefaultValue("true") boolean onEmptyIndex, @DefaultValue("10s") Duration retryEvery) {

	/** @param productServiceUrl the product service's base address (default {@code http://localhost:8082}) */
	public record Source(@DefaultValue("http://localhost:8082") @NotBlank String productServiceUrl) {
	}
}
