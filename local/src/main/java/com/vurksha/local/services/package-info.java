/**
 * The services and the gateway: their fat jars unpacked for the service host, the host JVM that runs every
 * application's context, and the wait until each one is ready.
 */
package com.vurksha.local.services;
