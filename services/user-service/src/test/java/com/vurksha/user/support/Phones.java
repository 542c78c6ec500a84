package com.vurksha.user.support;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh mobile numbers, so tests never share a number's codes or limits. */
public final class Phones {

	private Phones() {
	}

	public static String fresh() {
		return "+9198" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** A client address of its own, so per-address limits of one test never reach another. */
	public static String freshIp() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}
}
