/** A test application exercising the platform's web layer end to end. */
package com.vurksha.platform.web.testapp;
