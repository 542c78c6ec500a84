package com.vurksha.notification.device;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The app's push token for this device.
 *
 * @param token the FCM registration token
 */
public record DeviceRegistration(@NotBlank @Size(max = 4096) String token, @NotNull DevicePlatform platform) {
}
