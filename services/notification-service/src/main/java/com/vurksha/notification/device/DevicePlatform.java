package com.vurksha.notification.device;

/** The kind of app a push token belongs to. */
public enum DevicePlatform {
	ANDROID, IOS, WEB
}
