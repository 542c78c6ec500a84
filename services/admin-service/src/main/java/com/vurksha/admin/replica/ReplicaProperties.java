package com.vurksha.admin.replica;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the reports read.
 *
 * @param requireStandby refuse a connection that is not to a standby in recovery (true everywhere but a local run,
 * which has no standby): a heavy report must never slow a checkout on a primary
 * @param username the login role, granted {@code vurksha_reporting} (it reads only the reporting views)
 * @param password its password, from the environment
 * @param connectTimeout how long to wait for a replica's connection before answering 503
 * @param statementTimeout how long a report's query may run on the replica
 * @param maxConnections connections per replica (reports are few and operator-driven)
 * @param sources each source's JDBC URL, by {@link Source#key()}
 */
@Validated
@ConfigurationProperties("vurksha.admin.replicas")
public record ReplicaProperties(@DefaultValue("true") boolean requireStandby, @NotNull String username,
		@DefaultValue("") String password, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("20s") Duration statementTimeout, @DefaultValue("3") int maxConnections,
		@NotNull Map<String, String> sources) {
}
