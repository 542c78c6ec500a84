package com.vurksha.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web settings shared by every service.
 *
 * @param maxBodySize largest request body accepted before answering 413 (default 1 MB)
 */
@ConfigurationProperties("vurksha.web")
public record PlatformWebProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
