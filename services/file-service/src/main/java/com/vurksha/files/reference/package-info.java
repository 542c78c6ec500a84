/** What refers to which file, learnt from the product and delivery services' events; it decides what is kept. */
package com.vurksha.files.reference;
