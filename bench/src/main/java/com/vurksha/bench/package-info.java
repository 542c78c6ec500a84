/**
 * {@code make bench}: measures the running system through the gateway on 127.0.0.1 against an nginx ceiling, with
 * the local profile's bench customers, in phases (catalogue, checkout, overload, unloaded, events).
 */
package com.vurksha.bench;
