package com.vurksha.files.file;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A file and the URLs of its sizes. */
@RestController
@RequestMapping("/api/v1/files")
@Tag(name = "Files")
@SecurityRequirement(name = "bearer")
class FileController {

	private final Files files;

	FileController(Files files) {
		this.files = files;
	}

	@GetMapping("/{fileId}")
	@Operation(operationId = "getFile", summary = "A file and its sizes",
			description = "{fileId, purpose, status, width, height, deliveryId, variants {thumb, card, full}: {url, "
					+ "width, height, format, sources [{format, url}]}}. Product images: anyone signed in; URLs on "
					+ "the CDN, immutable. A delivery proof: only the delivery's customer and operators, with "
					+ "presigned URLs valid for 5 minutes; anyone else gets 404 FILE_NOT_FOUND.")
	@ApiErrors({ "FILE_NOT_FOUND", "STORAGE_UNAVAILABLE" })
	ApiResponse<FileView> getFile(@PathVariable String fileId, CurrentUser caller) {
		return ApiResponse.ok(files.forCaller(fileId, caller));
	}
}
