/** Uploads: presigned PUTs to the storage, verification of what arrived, expiry of what never completed. */
package com.vurksha.files.upload;
