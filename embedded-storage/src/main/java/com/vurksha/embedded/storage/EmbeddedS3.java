package com.vurksha.embedded.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * An S3-compatible server inside this JVM (S3Proxy over jclouds' filesystem provider), answering on the loopback
 * interface the way AWS S3, Cloudflare R2 or MinIO would to a path-style client: signed requests (AWS signature V2
 * or V4, presigned URLs included) with one fixed pair of development keys. Each bucket is a folder under the data
 * folder and each object a file in it, so what was stored survives a restart on the same folder. For development
 * machines and tests only: the keys are public and the server trusts the local disk.
 */
public final class EmbeddedS3 implements AutoCloseable {

	/** The access key every request is signed with: local-only, published in the source, never for real storage. */
	public static final String ACCESS_KEY = "local-only-access-key";

	/** The secret key every request is signed with: local-only, published in the source, never for real storage. */
	public static final String SECRET_KEY = "local-only-secret-key";

	private static final String HOST = "127.0.0.1";

	private final S3Proxy server;

	private final BlobStoreContext context;

	private final Path dataDir;

	private final String bucket;

	private final int port;

	private EmbeddedS3(S3Proxy server, BlobStoreContext context, Path dataDir, String bucket) {
		this.server = server;
		this.context = context;
		this.dataDir = dataDir;
		this.bucket = bucket;
		this.port = server.getPort();
	}

	/**
	 * Starts a server keeping its objects under {@code dataDir} (created if missing) between runs, listening on
	 * {@code 127.0.0.1:port} ({@code 0} for any free port), with {@code bucket} created if it does not exist yet.
	 */
	public static EmbeddedS3 start(Path dataDir, int port, String bucket) {
		Path absolute = dataDir.toAbsolutePath();
		try {
			Files.createDirectories(absolute);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the storage folder " + absolute, ex);
		}
		Properties overrides = new Properties();
		overrides.setProperty("jclouds.filesystem.basedir", absolute.toString());
		BlobStoreContext context = ContextBuilder.newBuilder("filesystem")
			.overrides(overrides)
			.buildView(BlobStoreContext.class);
		S3Proxy server = null;
		try {
			BlobStore store = context.getBlobStore();
			if (!store.containerExists(bucket)) {
				store.createContainerInLocation(null, bucket);
			}
			server = S3Proxy.builder()
				.blobStore(store)
				.endpoint(URI.create("http://" + HOST + ":" + port))
				.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
				.build();
			server.start();
			return new EmbeddedS3(server, context, absolute, bucket);
		}
		catch (Exception ex) {
			stopQuietly(server);
			context.close();
			throw new IllegalStateException("The S3-compatible server did not start on " + HOST + ":" + port + " over "
					+ absolute + ": " + ex.getMessage(), ex);
		}
	}

	/** The address clients send requests to, path style: {@code http://127.0.0.1:9000}. */
	public String endpoint() {
		return "http://" + HOST + ":" + port;
	}

	/** The port the server listens on. */
	public int port() {
		return port;
	}

	/** The access key requests must be signed with ({@link #ACCESS_KEY}). */
	public String accessKey() {
		return ACCESS_KEY;
	}

	/** The secret key requests must be signed with ({@link #SECRET_KEY}). */
	public String secretKey() {
		return SECRET_KEY;
	}

	/** The bucket created at start. */
	public String bucket() {
		return bucket;
	}

	/** The folder holding the buckets; each bucket is a folder in it. */
	public Path dataDir() {
		return dataDir;
	}

	/** Stops listening; the objects stay in {@link #dataDir()}. */
	@Override
	public void close() {
		stopQuietly(server);
		context.close();
	}

	private static void stopQuietly(S3Proxy server) {
		if (server == null) {
			return;
		}
		try {
			server.stop();
		}
		catch (Exception ex) {
			// the server's own threads and socket; nothing else holds them
		}
	}
}
