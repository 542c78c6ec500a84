package com.vurksha.user.address;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.FieldViolation;
import com.vurksha.user.Ids;
import com.vurksha.user.UserErrorCode;

/**
 * One user's addresses. Whenever a user has addresses exactly one is the default: the first one becomes it, a new
 * default replaces the old, and deleting the default hands it to the newest remaining address.
 */
@Service
class AddressBook {

	private final Addresses addresses;

	private final AddressProperties properties;

	private final Clock clock;

	AddressBook(Addresses addresses, AddressProperties properties, Clock clock) {
		this.addresses = addresses;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page list(String userId, PageQuery query) {
		return new Page(addresses.page(userId, query.offset(), query.limit()), addresses.count(userId));
	}

	@Transactional(readOnly = true)
	Address get(String userId, String id) {
		return addresses.find(userId, id).orElseThrow(AddressBook::notFound);
	}

	@Transactional
	Address add(String userId, NewAddress input) {
		AddressFields fields = input.fields();
		AddressRules.requireCompleteCoordinates(fields);
		addresses.lockOwner(userId);
		long existing = addresses.count(userId);
		if (existing >= properties.maxPerUser()) {
			throw new ApiException(UserErrorCode.ADDRESS_LIMIT_REACHED,
					"You can keep at most " + properties.maxPerUser() + " addresses; delete one first");
		}
		boolean isDefault = existing == 0 || Boolean.TRUE.equals(input.isDefault());
		if (isDefault) {
			addresses.clearDefault(userId);
		}
		String id = Ids.next("adr");
		addresses.insert(id, userId, fields, isDefault, clock.instant());
		return get(userId, id);
	}

	@Transactional
	Address change(String userId, String id, AddressChange change) {
		addresses.lockOwner(userId);
		Address current = get(userId, id);
		if (Boolean.FALSE.equals(change.isDefault()) && current.isDefault()) {
			throw new ApiException(CommonErrorCode.VALIDATION_FAILED, "Choose another address as the default instead")
				.withDetails(List.of(new FieldViolation("isDefault",
						"the default changes by making another address the default")));
		}
		AddressFields fields = change.applyTo(current);
		AddressRules.requireCompleteCoordinates(fields);
		addresses.update(userId, id, fields, clock.instant());
		if (Boolean.TRUE.equals(change.isDefault())) {
			addresses.makeDefault(userId, id);
		}
		return get(userId, id);
	}

	@Transactional
	void remove(String userId, String id) {
		addresses.lockOwner(userId);
		Address current = get(userId, id);
		addresses.delete(userId, id);
		if (current.isDefault()) {
			addresses.newest(userId).ifPresent(next -> addresses.makeDefault(userId, next));
		}
	}

	private static ApiException notFound() {
		return new ApiException(UserErrorCode.ADDRESS_NOT_FOUND, "No such address");
	}

	/** One page of addresses and how many there are in all. */
	record Page(List<Address> items, long total) {
	}
}
