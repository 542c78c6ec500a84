package com.vurksha.bench;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;

@EnabledOnOs(OS.LINUX)
class SystemCpuTests {

	@Test
	void readsTheCpuTimeOfAProcessTreeOverAWindow() {
		SystemCpu cpu = new SystemCpu(List.of(ProcessHandle.current().pid()));

		cpu.windowStarts();
		busyFor(300_000_000L);
		cpu.windowEnds();

		// this JVM is the tree here: its own work shows in both figures (clock ticks are 10 ms)
		assertThat(cpu.window().systemSeconds()).isGreaterThan(0.1);
		assertThat(cpu.window().generatorSeconds()).isGreaterThan(0.1);
	}

	@Test
	void measuresNothingWithoutProcesses() {
		SystemCpu cpu = new SystemCpu(List.of());

		cpu.windowStarts();
		cpu.windowEnds();

		assertThat(cpu.available()).isFalse();
		assertThat(cpu.window().systemSeconds()).isZero();
	}

	@Test
	void aProcessThatHasGoneCountsAsNothing() {
		SystemCpu cpu = new SystemCpu(List.of(Long.MAX_VALUE));

		assertThat(cpu.sample().systemSeconds()).isZero();
	}

	private static void busyFor(long nanos) {
		long until = System.nanoTime() + nanos;
		long spin = 0;
		while (System.nanoTime() < until) {
			spin += Long.numberOfTrailingZeros(spin + 1);
		}
		assertThat(spin).isNotNegative();
	}
}
