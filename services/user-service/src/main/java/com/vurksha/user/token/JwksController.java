package com.vurksha.user.token;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Publishes the public signing keys in the standard JWKS shape (not the envelope), as token verifiers expect. */
@RestController
@Tag(name = "Keys", description = "Public keys that verify access tokens")
class JwksController {

	/** Short enough that a newly added key is picked up well before it starts signing. */
	private static final Duration MAX_AGE = Duration.ofMinutes(5);

	private final SigningKeys keys;

	JwksController(SigningKeys keys) {
		this.keys = keys;
	}

	@GetMapping(path = "/.well-known/jwks.json", produces = "application/json")
	@Operation(operationId = "getJwks", summary = "The JSON Web Key Set that verifies access tokens",
			description = "Every configured key is listed, each with its kid; tokens name their key in the kid header.")
	@ApiResponse(responseCode = "200", description = "The key set, {\"keys\":[…]}")
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
			.body(keys.publicKeys().toJSONObject());
	}
}
