/** The user service: sign-in by SMS one-time password, tokens, profiles and delivery addresses. */
package com.vurksha.user;
