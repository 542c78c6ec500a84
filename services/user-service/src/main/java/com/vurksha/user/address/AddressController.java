package com.vurksha.user.address;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/users/me/addresses")
@Tag(name = "Addresses", description = "The signed-in user's delivery addresses")
@SecurityRequirement(name = "bearer")
class AddressController {

	private final AddressBook book;

	AddressController(AddressBook book) {
		this.book = book;
	}

	@GetMapping
	@Operation(operationId = "listAddresses",
			summary = "List my addresses", description = "The default first, then the newest.")
	@ApiResponses({ @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "A page of addresses with pagination"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400",
					description = "VALIDATION_FAILED: page or limit out of range"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "401",
					description = "No valid access token") })
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number from 1 (default 1)")
	@Parameter(name = "limit", in = ParameterIn.QUERY, description = "Addresses per page, 1 to 100 (default 20)")
	ApiResponse<List<AddressView>> list(@Parameter(hidden = true) CurrentUser caller,
			@Parameter(hidden = true) PageQuery page) {
		AddressBook.Page result = book.list(caller.id(), page);
		return ApiResponse.page(result.items().stream().map(AddressView::of).toList(), page, result.total());
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getAddress", summary = "Read one of my addresses")
	@ApiResponses({ @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "The address"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "404",
					description = "ADDRESS_NOT_FOUND, also for another user's address") })
	@ApiErrors({"ADDRESS_NOT_FOUND"})
	ApiResponse<AddressView> get(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id) {
		return ApiResponse.ok(AddressView.of(book.get(caller.id(), id)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "addAddress", summary = "Add an address",
			description = "The first address becomes the default; isDefault=true moves the default to this one.")
	@ApiResponses({ @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
			description = "The new address; Location names it"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400",
					description = "VALIDATION_FAILED (e.g. pincode, coordinates) or MALFORMED_REQUEST"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "409",
					description = "ADDRESS_LIMIT_REACHED") })
	@ApiErrors({"ADDRESS_LIMIT_REACHED", "ADDRESS_NOT_FOUND"})
	ResponseEntity<ApiResponse<AddressView>> add(@Parameter(hidden = true) CurrentUser caller,
			@Valid @RequestBody NewAddress body) {
		Address created = book.add(caller.id(), body);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(created.id())
			.toUri();
		return ResponseEntity.created(location).body(ApiResponse.ok(AddressView.of(created)));
	}

	@PatchMapping("/{id}")
	@Operation(operationId = "updateAddress",
			summary = "Change an address", description = "Fields left out stay as they are.")
	@ApiResponses({ @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "The changed address"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400",
					description = "VALIDATION_FAILED or MALFORMED_REQUEST"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "404",
					description = "ADDRESS_NOT_FOUND, also for another user's address") })
	@ApiErrors({"ADDRESS_NOT_FOUND"})
	ApiResponse<AddressView> change(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id,
			@Valid @RequestBody AddressChange body) {
		return ApiResponse.ok(AddressView.of(book.change(caller.id(), id, body)));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteAddress", summary = "Delete an address",
			description = "Deleting the default makes the newest remaining address the default.")
	@ApiResponses({ @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204",
			description = "Deleted"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "404",
					description = "ADDRESS_NOT_FOUND, also for another user's address") })
	@ApiErrors({"ADDRESS_NOT_FOUND"})
	void remove(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id) {
		book.remove(caller.id(), id);
	}
}
