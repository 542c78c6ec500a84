package com.vurksha.notification.device;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The app's push token for this device.
 *
 * @param token the FCM registration token; at most 1024 characters, as it is a key in btree indexes
 */
public record DeviceRegistration(@NotBlank @Size(max = 1024) String token, @NotNull DevicePlatform platform) {
}
