package com.vurksha.platform.security;

/**
 * What tells a service token from a user's: a service token is issued by the user service to another service through
 * the OAuth2 client-credentials grant and carries {@code client_id}, the audience it may be presented to
 * ({@code aud}) and its scopes ({@code scope}, space-separated); a user's access token carries none of them.
 */
public final class ServiceIdentity {

	/** The claim naming the calling service; only service tokens have it. */
	public static final String CLIENT_ID_CLAIM = "client_id";

	/** The claim holding a service token's scopes, space-separated (RFC 8693 / RFC 9068). */
	public static final String SCOPE_CLAIM = "scope";

	/** The authority every service token has, and no user token has. */
	public static final String SERVICE_AUTHORITY = "SERVICE";

	/** Prefix of the authority each scope of a service token becomes. */
	public static final String SCOPE_AUTHORITY_PREFIX = "SCOPE_";

	/**
	 * The header in which a calling service passes the customer on whose behalf it calls: the customer's own access
	 * token, verified by the callee like any token and used only to know who the customer is, never as authority.
	 */
	public static final String CUSTOMER_TOKEN_HEADER = "X-Customer-Token";

	/** The paths only service tokens may call. */
	public static final String INTERNAL_PATHS = "/internal/**";

	private ServiceIdentity() {
	}
}
