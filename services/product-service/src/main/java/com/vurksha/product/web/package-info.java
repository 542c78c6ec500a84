/** HTTP conventions the catalogue's public reads share: ETags and conditional GETs. */
package com.vurksha.product.web;
