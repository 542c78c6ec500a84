package com.vurksha.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Puts the catalogue cache after the security filters and the rate limiter. Time comes from a Caffeine
 * {@link Ticker} bean when there is one, so tests can move it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "vurksha.catalogue-cache.enabled", matchIfMissing = true)
class CatalogueCacheConfiguration {

	static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2;

	@Bean
	FilterRegistrationBean<CatalogueCacheFilter> catalogueCacheFilter(CatalogueCacheProperties properties,
			ObjectProvider<Ticker> ticker) {
		Cache<String, CachedAnswer> answers = Caffeine.newBuilder()
			.maximumWeight(properties.maximumSize().toBytes())
			.weigher((String key, CachedAnswer answer) -> CachedAnswer.OVERHEAD_BYTES + key.length() + answer.body().length)
			.ticker(ticker.getIfAvailable(Ticker::systemTicker))
			.expireAfter(Expiry.<String, CachedAnswer>creating((key, answer) -> answer.freshFor()))
			.build();
		CatalogueCacheFilter filter = new CatalogueCacheFilter(answers,
				properties.paths().stream().map(PathPatternParser.defaultInstance::parse).toList(), properties.ttl(),
				properties.maximumBodyBytes());
		FilterRegistrationBean<CatalogueCacheFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(ORDER);
		return registration;
	}
}
