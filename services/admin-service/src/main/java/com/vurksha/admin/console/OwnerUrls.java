package com.vurksha.admin.console;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The base URLs of the services that own what the console changes. */
@ConfigurationProperties("vurksha.admin.services")
record OwnerUrls(URI user, URI product, URI order, URI payment, URI delivery, URI notification, URI file) {

	URI of(Owner owner) {
		return switch (owner) {
			case USER -> user;
			case PRODUCT -> product;
			case ORDER -> order;
			case PAYMENT -> payment;
			case DELIVERY -> delivery;
			case NOTIFICATION -> notification;
			case FILE -> file;
		};
	}
}
