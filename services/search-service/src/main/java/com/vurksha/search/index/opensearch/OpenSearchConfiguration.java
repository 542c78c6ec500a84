package com.vurksha.search.index.opensearch;

import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

import com.vurksha.search.index.ProductIndex;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenSearch clients (Apache HttpClient 5 transport), one for searches with a short timeout and one for writes
 * with a long one, and the product index adapter on them.
 */
@Configuration(proxyBeanMethods = false)
class OpenSearchConfiguration {

	/** Searches and reads: a search slower than the read timeout degrades rather than keeps the customer waiting. */
	@Bean(destroyMethod = "close")
	OpenSearchTransport openSearchTransport(OpenSearchProperties properties) {
		return transport(properties, properties.readTimeout());
	}

	@Bean
	OpenSearchClient openSearchClient(OpenSearchTransport openSearchTransport) {
		return new OpenSearchClient(openSearchTransport);
	}

	/** Writes and index administration (create, alias moves, bulk loads), which may take seconds on a busy node. */
	@Bean(destroyMethod = "close")
	OpenSearchTransport openSearchWriteTransport(OpenSearchProperties properties) {
		return transport(properties, properties.writeTimeout());
	}

	@Bean
	ProductIndex productIndex(OpenSearchClient openSearchClient, OpenSearchTransport openSearchWriteTransport,
			OpenSearchProperties properties, ResourceLoader resources, JsonMapper json) {
		IndexDefinition definition = IndexDefinition.load(resources, properties.synonyms(), json);
		return new OpenSearchProductIndex(openSearchClient, new OpenSearchClient(openSearchWriteTransport),
				properties.alias(), definition, json);
	}

	private static OpenSearchTransport transport(OpenSearchProperties properties, java.time.Duration timeout) {
		HttpHost[] hosts = properties.urls()
			.stream()
			.map(uri -> new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort()))
			.toArray(HttpHost[]::new);
		return ApacheHttpClient5TransportBuilder.builder(hosts)
			.setMapper(new JacksonJsonpMapper())
			.setHttpClientConfigCallback(http -> {
				if (properties.username() != null && !properties.username().isBlank()) {
					BasicCredentialsProvider credentials = new BasicCredentialsProvider();
					for (HttpHost host : hosts) {
						credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(
								properties.username(), String.valueOf(properties.password()).toCharArray()));
					}
					http.setDefaultCredentialsProvider(credentials);
				}
				return http.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
					.setDefaultConnectionConfig(ConnectionConfig.custom()
						.setConnectTimeout(Timeout.of(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS))
						.build())
					.setMaxConnTotal(64)
					.setMaxConnPerRoute(64)
					.build());
			})
			.setRequestConfigCallback(request -> request
				.setResponseTimeout(Timeout.of(timeout.toMillis(), TimeUnit.MILLISECONDS)))
			.build();
	}
}
