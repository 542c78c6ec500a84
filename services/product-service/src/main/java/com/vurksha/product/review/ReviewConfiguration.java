package com.vurksha.product.review;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the word list reviews are checked against, once, at start-up. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

	static final String WORD_LIST = "reviews/profanity.txt";

	@Bean
	ProfanityFilter profanityFilter() {
		return ProfanityFilter.fromResource(WORD_LIST);
	}
}
