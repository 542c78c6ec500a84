package com.vurksha.platform.security.testapp;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.security.CurrentUser;

/** Endpoints behind the platform's security: a signed-in one, an admin one and open ones. */
@SpringBootApplication
public class SecuredTestApplication {

	@RestController
	static class SecuredController {

		@GetMapping("/api/v1/me")
		ApiResponse<CurrentUser> me(CurrentUser user) {
			return ApiResponse.ok(user);
		}

		@GetMapping("/api/v1/admin/reports")
		ApiResponse<Map<String, String>> adminReport(CurrentUser user) {
			return ApiResponse.ok(Map.of("for", user.id()));
		}

		@GetMapping("/api/v2/admin/reports")
		ApiResponse<Map<String, String>> adminReportV2(CurrentUser user) {
			return ApiResponse.ok(Map.of("for", user.id()));
		}

		@GetMapping("/api/v1/catalogue")
		ApiResponse<String> catalogue() {
			return ApiResponse.ok("open to all");
		}

		@PostMapping("/api/v1/signin")
		ApiResponse<String> signIn() {
			return ApiResponse.ok("signed in");
		}

		@GetMapping("/api/v1/signin")
		ApiResponse<String> signInPage() {
			return ApiResponse.ok("not public");
		}

		@GetMapping("/api/v1/whoami")
		ApiResponse<CurrentUser> whoAmI(CurrentUser user) {
			return ApiResponse.ok(user);
		}

		@GetMapping("/internal/v1/things")
		ApiResponse<CurrentUser> internalThings(CurrentUser customer) {
			return ApiResponse.ok(customer);
		}

		@PostMapping("/internal/v1/things/{id}/release")
		ApiResponse<String> releaseThing(@PathVariable String id) {
			return ApiResponse.ok("released " + id);
		}

		@GetMapping("/internal/v1/unlisted")
		ApiResponse<String> unlisted() {
			return ApiResponse.ok("no rule names this path");
		}
	}
}
