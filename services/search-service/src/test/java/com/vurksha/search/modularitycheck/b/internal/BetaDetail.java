package com.vurksha.search.modularitycheck.b.internal;

/** An implementation detail of module {@code b}. */
public class BetaDetail {
}
