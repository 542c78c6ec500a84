/** Demo data made at the first start of a local system: a picture for every demo product. */
package com.vurksha.local.demo;
