/**
 * The ways out of the app: push, SMS and e-mail, each a {@link com.vurksha.notification.channel.ChannelSender} for
 * one provider.
 */
package com.vurksha.notification.channel;
