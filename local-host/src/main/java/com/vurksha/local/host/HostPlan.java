package com.vurksha.local.host;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the host runs, as the launcher writes it: one tab-separated line per item.
 *
 * <pre>
 * shared       &lt;folder of the shared jars (the host's class path)&gt;
 * logs         &lt;log folder&gt;
 * parallelism  &lt;how many contexts start at once&gt;
 * app          &lt;name&gt; &lt;start class&gt; &lt;shared jars it ships, comma-separated&gt; &lt;its own class path, path-separator-separated&gt;
 * arg          &lt;name&gt; &lt;a command-line argument of the application, such as --server.port=8081&gt;
 * </pre>
 *
 * @param sharedDir the folder of the shared jars
 * @param logDir where each application's log file goes
 * @param parallelism how many application contexts start at the same time
 * @param applications the applications in the order given
 */
public record HostPlan(Path sharedDir, Path logDir, int parallelism, List<Application> applications) {

	/**
	 * One application of the host.
	 *
	 * @param name short name (log file, console prefix)
	 * @param startClass the class with its {@code main}, the fat jar's {@code Start-Class}
	 * @param sharedJars the shared jars (file names) its fat jar holds, the only ones it sees
	 * @param ownClassPath its classes folder and the jars only it has
	 * @param args its command-line arguments: its settings, which beat its {@code application.yml}
	 */
	public record Application(String name, String startClass, Set<String> sharedJars, List<Path> ownClassPath,
			List<String> args) {
	}

	public static HostPlan read(Path file) throws IOException {
		Path shared = null;
		Path logs = null;
		int parallelism = 1;
		Map<String, String[]> apps = new LinkedHashMap<>();
		Map<String, List<String>> args = new LinkedHashMap<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			String[] fields = line.split("\t", -1);
			switch (fields[0]) {
				case "shared" -> shared = Path.of(fields[1]);
				case "logs" -> logs = Path.of(fields[1]);
				case "parallelism" -> parallelism = Integer.parseInt(fields[1]);
				case "app" -> apps.put(fields[1], fields);
				case "arg" -> args.computeIfAbsent(fields[1], name -> new ArrayList<>()).add(fields[2]);
				default -> throw new IllegalArgumentException("Unknown line in the host plan " + file + ": " + line);
			}
		}
		if (shared == null || logs == null) {
			throw new IllegalArgumentException("The host plan " + file + " names no shared or log folder");
		}
		List<Application> applications = new ArrayList<>();
		for (String[] app : apps.values()) {
			Set<String> sharedJars = app[3].isEmpty() ? Set.of() : Set.of(app[3].split(","));
			List<Path> own = app[4].isEmpty() ? List.of()
					: Arrays.stream(app[4].split(File.pathSeparator)).map(Path::of).toList();
			applications.add(new Application(app[1], app[2], sharedJars, own, args.getOrDefault(app[1], List.of())));
		}
		return new HostPlan(shared, logs, parallelism, applications);
	}

	/** The plan as {@link #read} reads it. */
	public String write() {
		StringBuilder text = new StringBuilder();
		text.append("shared\t").append(sharedDir).append('\n');
		text.append("logs\t").append(logDir).append('\n');
		text.append("parallelism\t").append(parallelism).append('\n');
		for (Application app : applications) {
			text.append("app\t").append(app.name()).append('\t').append(app.startClass()).append('\t')
				.append(String.join(",", app.sharedJars().stream().sorted().toList())).append('\t')
				.append(String.join(File.pathSeparator, app.ownClassPath().stream().map(Path::toString).toList()))
				.append('\n');
			for (String arg : app.args()) {
				text.append("arg\t").append(app.name()).append('\t').append(arg).append('\n');
			}
		}
		return text.toString();
	}
}
