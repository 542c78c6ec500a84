package com.vurksha.files.file;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The product and delivery services check the file ids they are given here, with their own token (scope
 * {@code files:read}); not routed by the gateway.
 */
@RestController
@RequestMapping("/internal/v1/files")
@Tag(name = "Files (internal)")
@SecurityRequirement(name = "bearer")
class InternalFileController {

	private final Files files;

	InternalFileController(Files files) {
		this.files = files;
	}

	@GetMapping("/{fileId}")
	@Operation(operationId = "getFileInternal", summary = "A file, for another service",
			description = "The file as getFile answers it, whatever its purpose (a delivery proof's URLs are "
					+ "presigned). Needs a service token with files:read; 404 FILE_NOT_FOUND when unknown or deleted.")
	@ApiErrors({ "FILE_NOT_FOUND", "STORAGE_UNAVAILABLE" })
	ApiResponse<FileView> getFileInternal(@PathVariable String fileId) {
		return ApiResponse.ok(files.forService(fileId));
	}
}
