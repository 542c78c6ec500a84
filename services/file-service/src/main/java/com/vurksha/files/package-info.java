/**
 * The file service: uploads straight to S3-compatible storage through presigned URLs, verification and resizing of
 * the images, public variants under content-addressed keys behind a CDN, private delivery proofs.
 */
package com.vurksha.files;
