package com.vurksha.user.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.events.Outbox;
import com.vurksha.user.UserErrorCode;

/**
 * Reading and changing one's own profile. A change is announced through the outbox in its own transaction, so the
 * event exists exactly when the change does.
 */
@Service
public class Profiles {

	private final Users users;

	private final Outbox outbox;

	private final Clock clock;

	Profiles(Users users, Outbox outbox, Clock clock) {
		this.users = users;
		this.outbox = outbox;
		this.clock = clock;
	}

	public UserAccount get(UserId id) {
		return users.find(id)
			.orElseThrow(() -> new ApiException(UserErrorCode.USER_NOT_FOUND, "This account no longer exists"));
	}

	/** Applies {@code change}; one that leaves every field as it was is not announced. */
	@Transactional
	public UserAccount update(UserId id, ProfileUpdate change) {
		UserAccount current = get(id);
		String name = (change.name() != null) ? change.name().strip() : current.name();
		String email = (change.email() != null) ? change.email().strip().toLowerCase(Locale.ROOT) : current.email();
		Language language = (change.preferredLanguage() != null) ? change.preferredLanguage()
				: current.preferredLanguage();
		users.updateProfile(id, name, email, language, clock.instant());
		UserAccount updated = get(id);
		if (!sameProfile(current, updated)) {
			outbox.append(ProfileUpdated.TYPE, ProfileUpdated.VERSION, "user", id.value(), ProfileUpdated.of(updated));
		}
		return updated;
	}

	private static boolean sameProfile(UserAccount before, UserAccount after) {
		return Objects.equals(before.name(), after.name()) && Objects.equals(before.email(), after.email())
				&& before.preferredLanguage() == after.preferredLanguage();
	}
}
