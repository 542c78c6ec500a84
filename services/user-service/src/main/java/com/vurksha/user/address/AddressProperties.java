package com.vurksha.user.address;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param maxPerUser addresses one user may keep; enough for home, work and family, small enough to list at once */
@Validated
@ConfigurationProperties("vurksha.addresses")
public record AddressProperties(@DefaultValue("20") @Min(1) int maxPerUser) {
}
