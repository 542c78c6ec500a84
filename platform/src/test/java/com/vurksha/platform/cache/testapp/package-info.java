/** A service made of nothing but the platform, to test what caching it gets. */
package com.vurksha.platform.cache.testapp;
