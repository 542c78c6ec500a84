/** A user's delivery addresses, one of which is the default. */
package com.vurksha.user.address;
