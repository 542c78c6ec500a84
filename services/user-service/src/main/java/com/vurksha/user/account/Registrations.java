package com.vurksha.user.account;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.events.Outbox;

/** Finds the account behind a verified phone number, creating it (and announcing it) on the first sign-in. */
@Service
public class Registrations {

	private final Users users;

	private final Outbox outbox;

	private final Clock clock;

	Registrations(Users users, Outbox outbox, Clock clock) {
		this.users = users;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Runs inside the sign-in transaction so that the account, its event and its first tokens are kept together.
	 * Two first sign-ins racing for one number end with one account: the loser of the insert reads the winner's.
	 *
	 * @param roles the roles a new account gets; an existing account keeps its own
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Registration findOrRegister(String phone, List<String> roles) {
		return users.findByPhone(phone).map(existing -> new Registration(existing, false)).orElseGet(() -> {
			var now = clock.instant();
			UserAccount fresh = new UserAccount(UserId.next(), phone, null, null, Language.EN, roles, now, now);
			if (!users.insertIfAbsent(fresh)) {
				return new Registration(users.findByPhone(phone).orElseThrow(), false);
			}
			outbox.append(UserRegistered.TYPE, UserRegistered.VERSION, "user", fresh.id().value(),
					new UserRegistered(fresh.id().value(), phone, fresh.roles(), now));
			return new Registration(fresh, true);
		});
	}

	/** An account and whether this sign-in created it. */
	public record Registration(UserAccount user, boolean isNew) {
	}
}
