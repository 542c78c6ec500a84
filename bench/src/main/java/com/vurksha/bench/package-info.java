/** A load generator that signs in test customers and drives the app's calls through the gateway. */
package com.vurksha.bench;
