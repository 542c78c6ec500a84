package com.vurksha.platform.web.testapp;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiDeprecation;
import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

/** A small application whose endpoints exercise every path of the platform's web layer. */
@SpringBootApplication
public class EnvelopeTestApplication {

	/** Fails outside Spring MVC, so the answer comes from the servlet container's error dispatch. */
	@Bean
	FilterRegistrationBean<Filter> refusingFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				(request, response, chain) -> ((HttpServletResponse) response).sendError(403));
		registration.addUrlPatterns("/test/refused-by-filter");
		return registration;
	}

	enum Size {

		SMALL, LARGE

	}

	record Basket(@NotBlank String owner, @NotNull @Min(1) @Max(50) Integer quantity, Size size) {
	}

	@RestController
	@RequestMapping("/test")
	@Validated
	static class EnvelopeTestController {

		@PostMapping("/baskets")
		ApiResponse<Basket> create(@Valid @RequestBody Basket basket) {
			return ApiResponse.ok(basket);
		}

		@GetMapping("/old-items")
		@ApiDeprecation(since = "2026-12-04", sunset = "2027-06-30")
		ApiResponse<List<Integer>> oldItems() {
			return ApiResponse.ok(List.of(1));
		}

		@GetMapping("/items")
		ApiResponse<List<Integer>> items(PageQuery page) {
			return ApiResponse.page(List.of(1, 2, 3), page, 45);
		}

		@GetMapping("/search")
		ApiResponse<String> search(@RequestParam @NotBlank String q) {
			return ApiResponse.ok(q);
		}

		@GetMapping("/busy")
		ApiResponse<String> busy() {
			throw new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE, "Try again shortly")
				.withRetryAfter(Duration.ofSeconds(7));
		}

		@GetMapping("/gone")
		ApiResponse<String> gone() {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "internal reason");
		}

		@GetMapping("/database-down")
		ApiResponse<String> databaseDown() {
			throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
		}

		@GetMapping("/connection-dropped")
		ApiResponse<String> connectionDropped() {
			throw new DataAccessResourceFailureException("I/O error: connection reset");
		}

		/** What code that borrows from the pool itself meets when every connection stays busy. */
		@GetMapping("/pool-exhausted")
		ApiResponse<String> poolExhausted() throws SQLTransientConnectionException {
			throw new SQLTransientConnectionException(
					"HikariPool-1 - Connection is not available, request timed out after 3000ms");
		}

		@GetMapping("/members-only")
		ApiResponse<String> membersOnly() {
			throw new AccessDeniedException("Access Denied");
		}

		@GetMapping("/boom")
		ApiResponse<String> boom() {
			throw new IllegalStateException("secret internal detail");
		}
	}
}
