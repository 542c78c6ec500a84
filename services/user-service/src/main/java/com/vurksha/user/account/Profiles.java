package com.vurksha.user.account;

import java.time.Clock;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.error.ApiException;
import com.vurksha.user.UserErrorCode;

/** Reading and changing one's own profile. */
@Service
public class Profiles {

	private final Users users;

	private final Clock clock;

	Profiles(Users users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	public UserAccount get(UserId id) {
		return users.find(id)
			.orElseThrow(() -> new ApiException(UserErrorCode.USER_NOT_FOUND, "This account no longer exists"));
	}

	@Transactional
	public UserAccount update(UserId id, ProfileUpdate change) {
		UserAccount current = get(id);
		String name = (change.name() != null) ? change.name().strip() : current.name();
		String email = (change.email() != null) ? change.email().strip().toLowerCase(Locale.ROOT) : current.email();
		Language language = (change.preferredLanguage() != null) ? change.preferredLanguage()
				: current.preferredLanguage();
		users.updateProfile(id, name, email, language, clock.instant());
		return get(id);
	}
}
