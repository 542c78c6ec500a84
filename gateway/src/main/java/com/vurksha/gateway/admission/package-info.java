/** Admission control: a concurrency limit per route group, shedding with 503 before any work starts. */
package com.vurksha.gateway.admission;
