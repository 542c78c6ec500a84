/** The success envelope, its metadata and pagination that every endpoint answers with. */
package com.vurksha.platform.api;
