/** Customer, rider and admin accounts: registration on first sign-in and the profile. */
package com.vurksha.user.account;
