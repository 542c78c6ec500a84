/**
 * Assignment of deliveries to riders: the choice of rider, the race-proof hand-over, the sweep that assigns what is
 * waiting and takes back what was not accepted in time, and the operator's reassignment.
 */
package com.vurksha.delivery.assignment;
