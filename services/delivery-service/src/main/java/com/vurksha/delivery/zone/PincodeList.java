package com.vurksha.delivery.zone;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Pincodes an operator adds to a zone. */
public record PincodeList(@NotEmpty @Size(max = 1000) List<String> pincodes) {
}
