/** Slot templates per zone and weekday, the slots generated from them for the days ahead, and their capacity. */
package com.vurksha.delivery.slot;
