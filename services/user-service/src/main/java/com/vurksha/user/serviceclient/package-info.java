/**
 * Service identities: the OAuth2 client-credentials grant by which our services obtain short-lived tokens for each
 * other's internal endpoints, signed with the same keys as users' tokens.
 */
package com.vurksha.user.serviceclient;
