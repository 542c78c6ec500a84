package com.vurksha.bench;

import java.util.List;
import java.util.Map;

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
	void namesAJvmByItsMainClassOrJarAndOtherProcessesByTheirCommand() {
		assertThat(SystemCpu.mainOf(new String[] { "java", "-Xmx1g", "-cp", "a.jar:b.jar",
				"com.vurksha.local.host.ServiceHost", "service-host.plan" })).isEqualTo("ServiceHost");
		assertThat(SystemCpu.mainOf(new String[] { "java", "-Xmx256m", "-jar", "local/target/local-exec.jar" }))
			.isEqualTo("local-exec.jar");
		assertThat(SystemCpu.mainOf(new String[] { "java", "-version" })).isNull();
		// this test runs in a JVM: it is named after its main class, not "java"
		assertThat(SystemCpu.nameOf(ProcessHandle.current().pid())).isNotBlank().isNotEqualTo("java");
		assertThat(SystemCpu.nameOf(Long.MAX_VALUE)).isEqualTo("gone");
	}

	@Test
	void keepsEachProcessesTimeApartAndSubtractsWindowsByProcess() {
		SystemCpu.Sample before = new SystemCpu.Sample(Map.of("ServiceHost", 10.0, "postgres", 4.0), 1.0);
		SystemCpu.Sample after = new SystemCpu.Sample(Map.of("ServiceHost", 16.0, "postgres", 7.0, "redis-server", 0.5),
				1.5);

		SystemCpu.Sample window = after.minus(before);

		assertThat(window.systemSeconds()).isEqualTo(9.5);
		assertThat(window.generatorSeconds()).isEqualTo(0.5);
		assertThat(window.largestFirst()).containsExactly(Map.entry("ServiceHost", 6.0), Map.entry("postgres", 3.0),
				Map.entry("redis-server", 0.5));
		assertThat(LoadGenerator.byProcess(window, 100)).isEqualTo(
				"ServiceHost 6.0 CPU-s (63%, 60.0 ms per order), postgres 3.0 CPU-s (32%, 30.0 ms per order), "
						+ "redis-server 0.5 CPU-s (5%, 5.0 ms per order)");
		assertThat(LoadGenerator.byProcess(window, 0)).isEqualTo(
				"ServiceHost 6.0 CPU-s (63%), postgres 3.0 CPU-s (32%), redis-server 0.5 CPU-s (5%)");
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
