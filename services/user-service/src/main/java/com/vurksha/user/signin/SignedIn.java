package com.vurksha.user.signin;

import com.vurksha.user.account.UserAccount;
import com.vurksha.user.token.TokenPair;

/** The result of a sign-in or a refresh: the account, its tokens and whether the account is new. */
record SignedIn(UserAccount user, TokenPair tokens, boolean isNewUser) {
}
