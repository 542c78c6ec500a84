package com.vurksha.notification.modularitycheck.b.internal;

/** An implementation detail of module {@code b}. */
public class BetaDetail {
}
