package com.vurksha.search;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Finds produce the way customers type it, and recommends what goes with it, from an OpenSearch index. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SearchServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(SearchServiceApplication.class, args);
	}
}
