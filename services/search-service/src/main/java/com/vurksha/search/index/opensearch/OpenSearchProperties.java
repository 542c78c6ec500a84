package com.vurksha.search.index.opensearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the OpenSearch cluster is and how the product index is named.
 *
 * @param urls the cluster's nodes (default {@code http://127.0.0.1:9200}); production lists all three
 * @param username basic-auth user, when the cluster asks for one (default none)
 * @param password its password
 * @param connectTimeout how long to wait for a connection (default 1 s)
 * @param readTimeout how long to wait for a search's answer (default 2 s): a search slower than that degrades instead
 * @param writeTimeout how long to wait for a write or an index administration request (default 30 s)
 * @param alias the alias searches and writes go to (default {@code products})
 * @param synonyms the synonym list, Solr format, one rule a line (default {@code classpath:search/synonyms.txt})
 */
@Validated
@ConfigurationProperties("vurksha.search.opensearch")
public record OpenSearchProperties(@DefaultValue("http://127.0.0.1:9200") @NotEmpty List<URI> urls, String username,
		String password, @DefaultValue("1s") Duration connectTimeout, @DefaultValue("2s") Duration readTimeout,
		@DefaultValue("30s") Duration writeTimeout,
		@DefaultValue("products") @NotBlank String alias,
		@DefaultValue("classpath:search/synonyms.txt") @NotBlank String synonyms) {
}
