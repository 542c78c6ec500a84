/** Who is calling: the client's address as seen through trusted proxies. */
package com.vurksha.gateway.client;
