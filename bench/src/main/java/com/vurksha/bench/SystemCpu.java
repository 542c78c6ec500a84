package com.vurksha.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.sun.management.OperatingSystemMXBean;

/**
 * CPU time the system under test spends, read from Linux's {@code /proc}: every process under the given roots (the
 * launcher with the service host, Redis and the broker; the PostgreSQL server with its backends), user and system
 * time, including that of children which have ended. CPU seconds per call or per order move much less with what
 * else the machine runs than throughput does (a few percent), so runs on a busy machine still roughly compare. The
 * load generator's own CPU is read apart. Each process's time is also kept under a name for what it is (the
 * service host, PostgreSQL, Redis…; see {@link #nameOf}), so a report can say where the CPU went.
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
		Map<String, Double> byProcess = new TreeMap<>();
		if (available()) {
			Set<Long> seen = new HashSet<>();
			Deque<Long> pending = new ArrayDeque<>(roots);
			while (!pending.isEmpty()) {
				long pid = pending.pop();
				if (seen.add(pid)) {
					byProcess.merge(nameOf(pid), seconds(pid), Double::sum);
					pending.addAll(children(pid));
				}
			}
		}
		double generator = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
				/ 1e9;
		return new Sample(byProcess, generator);
	}

	/**
	 * What a process is: its command name without a version ({@code postgres}, {@code redis-server}), and for a JVM its main class's
	 * simple name or its jar's file name ({@code ServiceHost}, {@code local-0.1.0-SNAPSHOT-exec.jar}).
	 */
	static String nameOf(long pid) {
		Path process = PROC.resolve(Long.toString(pid));
		try {
			String command = Files.readString(process.resolve("comm")).trim();
			if (!"java".equals(command)) {
				// Linux keeps 15 characters of the name: "redis-server-6.2.14" reads "redis-server-6."
				return command.replaceFirst("-[0-9].*$", "");
			}
			String main = mainOf(Files.readString(process.resolve("cmdline")).split("\u0000"));
			return (main != null) ? main : command;
		}
		catch (IOException | RuntimeException ex) {
			return "gone";
		}
	}

	/** The main class's simple name or the jar's file name in a java command line, or null. */
	static String mainOf(String[] arguments) {
		for (int i = 1; i < arguments.length; i++) {
			String argument = arguments[i];
			if ("-jar".equals(argument) && i + 1 < arguments.length) {
				return Path.of(arguments[i + 1]).getFileName().toString();
			}
			if (List.of("-cp", "-classpath", "--class-path", "-p", "--module-path").contains(argument)) {
				i++;
			}
			else if (!argument.startsWith("-")) {
				return argument.substring(argument.lastIndexOf('.') + 1);
			}
		}
		return null;
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
	 * @param byProcess CPU seconds of the system under test, by what its processes are ({@link #nameOf})
	 * @param generatorSeconds CPU seconds of this load generator
	 */
	record Sample(Map<String, Double> byProcess, double generatorSeconds) {

		Sample {
			byProcess = Map.copyOf(byProcess);
		}

		/** CPU seconds of the system under test, all its processes together. */
		double systemSeconds() {
			return byProcess.values().stream().mapToDouble(Double::doubleValue).sum();
		}

		/** The processes' CPU seconds, most first (a process that ended in between counts under its name). */
		Map<String, Double> largestFirst() {
			Map<String, Double> sorted = new LinkedHashMap<>();
			byProcess.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
				.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
			return sorted;
		}

		Sample minus(Sample earlier) {
			Map<String, Double> difference = new TreeMap<>(byProcess);
			earlier.byProcess.forEach((name, seconds) -> difference.merge(name, -seconds, Double::sum));
			return new Sample(difference, generatorSeconds - earlier.generatorSeconds);
		}
	}
}
