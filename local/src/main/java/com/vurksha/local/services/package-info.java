/** The services and the gateway, each started as its own JVM process and watched until ready. */
package com.vurksha.local.services;
