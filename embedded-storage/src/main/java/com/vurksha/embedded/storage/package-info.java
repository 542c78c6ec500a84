/** An S3-compatible server running inside the JVM over a local folder, for local runs and tests. */
package com.vurksha.embedded.storage;
