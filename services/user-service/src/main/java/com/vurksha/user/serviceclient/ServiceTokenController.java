package com.vurksha.user.serviceclient;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.user.UserErrorCode;

/**
 * The OAuth2 token endpoint for our services (client-credentials grant only), not routed by the gateway. Clients
 * authenticate with HTTP Basic ({@code client_secret_basic}) or with {@code client_id} and {@code client_secret} in the
 * form; a success is the plain RFC 6749 token answer, refusals are the error envelope like every other answer of ours.
 */
@RestController
@Hidden
class ServiceTokenController {

	static final String PATH = "/oauth2/token";

	private final ServiceTokenIssuer issuer;

	ServiceTokenController(ServiceTokenIssuer issuer) {
		this.issuer = issuer;
	}

	@ApiErrors({"INVALID_CLIENT", "INVALID_SCOPE", "UNSUPPORTED_GRANT_TYPE"})
	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<TokenAnswer> token(@RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			HttpServletResponse response) {
		Credentials credentials = credentials(authorization, form, response);
		String grantType = form.getFirst("grant_type");
		if (!"client_credentials".equals(grantType)) {
			throw new ApiException(UserErrorCode.UNSUPPORTED_GRANT_TYPE,
					"grant_type must be client_credentials, not " + ((grantType == null) ? "none" : grantType));
		}
		ServiceTokenIssuer.IssuedToken token;
		try {
			token = issuer.issue(credentials.clientId(), credentials.secret(), form.getFirst("audience"),
					scopes(form.getFirst("scope")));
		}
		catch (ApiException ex) {
			if (ex.code() == UserErrorCode.INVALID_CLIENT) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"vurksha-services\"");
			}
			throw ex;
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.PRAGMA, "no-cache")
			.body(new TokenAnswer(token.accessToken(), "Bearer", token.expiresIn(), token.scope()));
	}

	private static Credentials credentials(String authorization, MultiValueMap<String, String> form,
			HttpServletResponse response) {
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				if (colon > 0) {
					return new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
				}
			}
			catch (IllegalArgumentException ex) {
				// not Base64: no credentials, refused below
			}
		}
		else if (form.getFirst("client_id") != null) {
			return new Credentials(form.getFirst("client_id"), form.getFirst("client_secret"));
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"vurksha-services\"");
		throw new ApiException(UserErrorCode.INVALID_CLIENT, "Authenticate with the client id and secret");
	}

	private static Set<String> scopes(String scope) {
		if (scope == null || scope.isBlank()) {
			return Set.of();
		}
		if (scope.length() > 1000) {
			throw new ApiException(CommonErrorCode.VALIDATION_FAILED, "scope is too long");
		}
		return new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
	}

	/** Who asks. */
	private record Credentials(String clientId, String secret) {
	}

	/** RFC 6749 section 5.1. */
	record TokenAnswer(@JsonProperty("access_token") String accessToken,
			@JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn, String scope) {
	}
}
