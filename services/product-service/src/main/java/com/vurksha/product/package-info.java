/** The product service: the farm shop's catalogue, its farms and the stock of every variant. */
package com.vurksha.product;
