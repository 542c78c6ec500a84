package com.vurksha.product.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long catalogue answers stay cached. Every admin write evicts what it changed, so the TTL only bounds how
 * stale an entry can be when an eviction could not reach Redis.
 *
 * @param productTtl a product page (default 1 min, the seed's product TTL)
 * @param listTtl a page of the product list (default 1 min)
 * @param categoryTtl the category tree (default 5 min; it changes rarely)
 * @param publicMaxAge how long the gateway, a CDN or the app may reuse a public catalogue answer without asking
 * (default 5 s): an admin's change shows everywhere within this plus {@code staleWhileRevalidate}
 * @param staleWhileRevalidate how much longer such a cache may answer with the old copy while it fetches the new one
 * (default 15 s)
 */
@ConfigurationProperties("vurksha.catalogue")
public record CatalogueCacheProperties(@DefaultValue("1m") Duration productTtl, @DefaultValue("1m") Duration listTtl,
		@DefaultValue("5m") Duration categoryTtl, @DefaultValue("5s") Duration publicMaxAge,
		@DefaultValue("15s") Duration staleWhileRevalidate) {
}
