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

/** The OpenSearch client (Apache HttpClient 5 transport) and the product index adapter on it. */
@Configuration(proxyBeanMethods = false)
class OpenSearchConfiguration {

	@Bean(destroyMethod = "close")
	OpenSearchTransport openSearchTransport(OpenSearchProperties properties) {
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
				.setResponseTimeout(Timeout.of(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)))
			.build();
	}

	@Bean
	OpenSearchClient openSearchClient(OpenSearchTransport transport) {
		return new OpenSearchClient(transport);
	}

	@Bean
	ProductIndex productIndex(OpenSearchClient client, OpenSearchProperties properties, ResourceLoader resources,
			JsonMapper json) {
		IndexDefinition definition = IndexDefinition.load(resources, properties.synonyms(), json);
		return new OpenSearchProductIndex(client, properties.alias(), definition, json);
	}
}
