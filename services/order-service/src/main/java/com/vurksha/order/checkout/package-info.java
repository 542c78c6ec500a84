/** Checkout: the order saga that books the slot, reserves stock, prices on the server and stores the order. */
package com.vurksha.order.checkout;
