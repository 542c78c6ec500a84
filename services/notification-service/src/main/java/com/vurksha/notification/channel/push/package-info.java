/** Push through Firebase Cloud Messaging's HTTP v1 API, or to the log on a developer's machine. */
package com.vurksha.notification.channel.push;
