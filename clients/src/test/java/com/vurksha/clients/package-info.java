/** Checks that the committed clients and the guides written for the app stay true to the API contract. */
package com.vurksha.clients;
