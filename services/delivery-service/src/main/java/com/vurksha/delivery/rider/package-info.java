/** Riders: who they are, their zone, shift and capacity, their current load, and their binding to user accounts. */
package com.vurksha.delivery.rider;
