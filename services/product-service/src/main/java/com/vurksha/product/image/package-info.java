/**
 * Product pictures kept by the file service: which files a product shows, in order, with a copy of their public
 * variant URLs, and the check with the file service that a file is a finished product image.
 */
package com.vurksha.product.image;
