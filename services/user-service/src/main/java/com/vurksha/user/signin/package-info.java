/** The sign-in flow: asking for a code, trading it for tokens, refreshing them and signing out. */
package com.vurksha.user.signin;
