package com.vurksha.files.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the bytes are kept: any S3-compatible service.
 *
 * @param endpoint the S3 API's address; empty for AWS S3 itself (the region decides)
 * @param publicEndpoint the address clients send presigned uploads to, when they reach the storage at another
 *        address than this service does; empty: the endpoint
 * @param region the bucket's region (default ap-south-1; R2 takes {@code auto})
 * @param bucket the one bucket of the service (default vurksha-files)
 * @param pathStyle bucket in the path instead of the host name (MinIO, Ceph, local); default true
 * @param accessKey the access key; empty: the SDK's default chain (environment, instance role)
 * @param secretKey its secret
 * @param createBucket create the bucket at start when it is missing (local runs and tests; production buckets are
 *        made by the infrastructure, with their lifecycle and access rules)
 */
@ConfigurationProperties("vurksha.files.storage")
public record StorageProperties(@DefaultValue("") String endpoint, @DefaultValue("") String publicEndpoint,
		@DefaultValue("ap-south-1") String region, @DefaultValue("vurksha-files") String bucket,
		@DefaultValue("true") boolean pathStyle, @DefaultValue("") String accessKey,
		@DefaultValue("") String secretKey, @DefaultValue("false") boolean createBucket) {
}
