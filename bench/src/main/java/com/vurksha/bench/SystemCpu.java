package com.vurksha.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.sun.management.OperatingSystemMXBean;

/**
 * CPU time the system under test spends, read from Linux's {@code /proc}: every process under the given roots (the
 * launcher with the service host, Redis and the broker; the PostgreSQL server with its backends), user and system
 * time, including that of children which have ended. CPU seconds per call or per order move much less with what
 * else the machine runs than throughput does (a few percent), so runs on a busy machine still roughly compare. The
 * load generator's own CPU is read apart.
 */
final class SystemCpu {

	/** Linux's clock ticks per second of {@code /proc/<pid>/stat} times ({@code getconf CLK_TCK}; 100 on x86 and arm). */
	private static final double TICKS_PER_SECOND = 100.0;

	private static final Path PROC = Path.of("/proc");

	private final List<Long> roots;

	private Sample windowStart;

	private Sample windowEnd;

	SystemCpu(List<Long> roots) {
		this.roots = List.copyOf(roots);
	}

	/** Whether there is anything to measure: roots were given and this is Linux. */
	boolean available() {
		return !roots.isEmpty() && Files.isDirectory(PROC.resolve("self"));
	}

	void windowStarts() {
		windowStart = sample();
		windowEnd = null;
	}

	void windowEnds() {
		windowEnd = sample();
	}

	/** The last measured window's CPU seconds, or null when none was measured. */
	Sample window() {
		return (windowStart == null || windowEnd == null) ? null : windowEnd.minus(windowStart);
	}

	/** CPU seconds spent so far by the system (its process trees) and by this load generator. */
	Sample sample() {
		double system = 0;
		if (available()) {
			Set<Long> seen = new HashSet<>();
			Deque<Long> pending = new ArrayDeque<>(roots);
			while (!pending.isEmpty()) {
				long pid = pending.pop();
				if (seen.add(pid)) {
					system += seconds(pid);
					pending.addAll(children(pid));
				}
			}
		}
		double generator = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
				/ 1e9;
		return new Sample(system, generator);
	}

	/** utime + stime + cutime + cstime of a process, 0 when it has gone. */
	private static double seconds(long pid) {
		try {
			String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
			// the command name (field 2) is in parentheses and may hold spaces: fields are counted after it
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = 0;
			for (int field = 14; field <= 17; field++) {
				ticks += Long.parseLong(fields[field - 3]);
			}
			return ticks / TICKS_PER_SECOND;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static List<Long> children(long pid) {
		return ProcessHandle.of(pid).map(process -> process.children().map(ProcessHandle::pid).toList()).orElse(List.of());
	}

	/**
	 * @param systemSeconds CPU seconds of the system under test
	 * @param generatorSeconds CPU seconds of this load generator
	 */
	record Sample(double systemSeconds, double generatorSeconds) {

		Sample minus(Sample earlier) {
			return new Sample(systemSeconds - earlier.systemSeconds, generatorSeconds - earlier.generatorSeconds);
		}
	}
}
