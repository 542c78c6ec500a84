/** The bucket behind the service: the S3 client, presigned URLs and the object operations the service needs. */
package com.vurksha.files.storage;
