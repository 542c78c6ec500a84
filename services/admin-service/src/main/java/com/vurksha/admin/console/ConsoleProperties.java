package com.vurksha.admin.console;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the console reaches the owning services and what its pages may load.
 *
 * @param cdnBaseUrl where product pictures are served from; the only origin besides the console's own that its pages
 * load images from
 * @param connectTimeout how long to wait for an owning service to accept a connection
 * @param readTimeout how long to wait for an owning service's answer
 * @param refreshBefore how long before the operator's access token expires the console exchanges it for a new one
 */
@ConfigurationProperties("vurksha.admin.console")
record ConsoleProperties(@DefaultValue("http://localhost:8080/cdn") URI cdnBaseUrl,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
		@DefaultValue("30s") Duration refreshBefore) {

	/** The scheme, host and port of the CDN, as a Content-Security-Policy source. */
	String cdnOrigin() {
		return cdnBaseUrl.getScheme() + "://" + cdnBaseUrl.getAuthority();
	}
}
