/** Verified files: where their variants are kept, who may see them, their URLs, the CDN origin. */
package com.vurksha.files.file;
