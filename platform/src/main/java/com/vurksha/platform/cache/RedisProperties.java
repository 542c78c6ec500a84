package com.vurksha.platform.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this service names its Redis keys.
 *
 * @param keyPrefix put in front of every key the platform writes, so services (and test runs) sharing one Redis
 * never collide; the platform default is {@code <spring.application.name>:}
 */
@ConfigurationProperties("vurksha.redis")
public record RedisProperties(@DefaultValue("") String keyPrefix) {
}
