/**
 * Operator reports (sales, orders, slots, riders, products, stock alerts, coupons) read from the services' read
 * replicas as JSON or CSV, and the operator console's dashboard of today.
 */
package com.vurksha.admin.report;
