package com.vurksha.gateway.client;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway tells the caller's address.
 *
 * @param trustedProxies exact addresses of proxies in front of the gateway (load balancer, ingress) whose
 * {@code X-Forwarded-For} is believed; empty (the default) believes no one, so the TCP peer is the client
 */
@ConfigurationProperties("vurksha.client")
public record ClientProperties(@DefaultValue List<String> trustedProxies) {
}
