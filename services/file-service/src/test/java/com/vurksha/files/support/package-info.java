/** What the file service's integration tests share: the running service on real servers, images made in code. */
package com.vurksha.files.support;
