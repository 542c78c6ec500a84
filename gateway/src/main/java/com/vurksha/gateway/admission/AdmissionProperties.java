package com.vurksha.gateway.admission;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many requests each group of routes may have in flight at once. A request takes a permit of the first group
 * whose paths and methods it matches; requests matching no group (probes, metrics) are not limited. The defaults
 * in {@code application.yml} are calibrated for a 2-core machine (see docs/architecture.md).
 *
 * @param retryAfter what a shed request is told to wait before retrying (default 1 s)
 * @param maxWait how long a request may wait for a permit before it is shed (default 0: shed at once, no queue)
 * @param groups the route groups, tried in order
 */
@Validated
@ConfigurationProperties("vurksha.admission")
public record AdmissionProperties(@DefaultValue("1s") Duration retryAfter, @DefaultValue("0ms") Duration maxWait,
		@Valid @NotNull List<Group> groups) {

	/**
	 * One group of routes sharing a concurrency limit.
	 *
	 * @param name the group's name, the {@code route} tag of the shed counter
	 * @param maxConcurrent the most requests of the group in flight at once
	 * @param paths path patterns ({@code /api/v1/products/**})
	 * @param methods the HTTP methods the group covers; empty for all
	 */
	public record Group(@NotBlank String name, @Positive int maxConcurrent, @NotEmpty List<String> paths,
			@DefaultValue Set<String> methods) {
	}
}
