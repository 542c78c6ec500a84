/**
 * Two deliberately entangled modules, {@code a} and {@code b}, on which {@code ModularityTests} proves that module
 * verification fails; they belong to no feature of the service and are never part of its build output.
 */
package com.vurksha.search.modularitycheck;
