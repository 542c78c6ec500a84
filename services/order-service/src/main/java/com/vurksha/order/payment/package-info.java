/** What payments do to orders: payment events consumed through the inbox, and unpaid orders timing out. */
package com.vurksha.order.payment;
