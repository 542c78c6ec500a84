package com.vurksha.payment.order;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the services this one calls are. */
@ConfigurationProperties("vurksha.services")
public record ServiceUrls(@DefaultValue("http://localhost:8084") String orderServiceUrl) {
}
