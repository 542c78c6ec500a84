/** Indian mobile numbers: parsing any common way of writing them into E.164. */
package com.vurksha.user.phone;
