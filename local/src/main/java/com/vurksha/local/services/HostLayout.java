package com.vurksha.local.services;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which libraries of the applications' fat jars the service host loads once for all, and which each application loads
 * itself. A library is shared when every application that ships it ships the same content under the same file name; it
 * then sits on the host's class path, and each application sees only the shared libraries its own fat jar holds. That
 * includes a library only one application ships: a shared library's class may refer to it (an integration another
 * library offers when it is present), and a class on the host's class path finds only what is there. A library whose
 * copies differ stays with each application that ships it. Of a library the applications ship in several versions
 * (same name and major version: Jackson 2.18 in the search service, 2.21 in the others) only the version most of them
 * ship is shared, the others stay with their applications: the host's class path is flat, and with both versions on it
 * one application was handed a mix of the two.
 *
 * @param shared the shared libraries (file names)
 * @param applications what each application sees of the shared libraries and what it loads itself
 */
public record HostLayout(Set<String> shared, Map<String, Application> applications) {

	/**
	 * One library inside a fat jar ({@code BOOT-INF/lib/<name>}).
	 *
	 * @param name its file name, which carries its version
	 * @param size its size in bytes
	 * @param crc its CRC-32 as the jar's directory records it
	 */
	public record Library(String name, long size, long crc) {
	}

	/**
	 * An application's part of the layout.
	 *
	 * @param sharedLibraries the shared libraries its fat jar holds: the only ones it sees
	 * @param ownLibraries the libraries it loads itself
	 */
	public record Application(Set<String> sharedLibraries, List<String> ownLibraries) {
	}

	/** The layout of applications given by name, each with the libraries of its fat jar. */
	public static HostLayout of(Map<String, ? extends Collection<Library>> librariesByApplication) {
		Map<String, List<Library>> copies = new LinkedHashMap<>();
		librariesByApplication.values()
			.forEach(libraries -> libraries
				.forEach(library -> copies.computeIfAbsent(library.name(), name -> new ArrayList<>()).add(library)));
		Set<String> shared = new TreeSet<>();
		copies.forEach((name, all) -> {
			if (all.stream().distinct().count() == 1) {
				shared.add(name);
			}
		});
		Map<String, String> kept = new LinkedHashMap<>();
		shared.forEach(name -> kept.merge(library(name), name, (one, other) -> moreShipped(one, other, copies)));
		shared.retainAll(kept.values());
		Map<String, Application> applications = new LinkedHashMap<>();
		librariesByApplication.forEach((application, libraries) -> {
			Set<String> seen = new TreeSet<>();
			List<String> own = new ArrayList<>();
			for (Library library : libraries) {
				if (shared.contains(library.name())) {
					seen.add(library.name());
				}
				else {
					own.add(library.name());
				}
			}
			applications.put(application, new Application(Set.copyOf(seen), List.copyOf(own)));
		});
		return new HostLayout(Set.copyOf(shared), Map.copyOf(applications));
	}

	private static String moreShipped(String one, String other, Map<String, List<Library>> copies) {
		int byCount = Integer.compare(copies.get(one).size(), copies.get(other).size());
		return (byCount > 0 || (byCount == 0 && one.compareTo(other) > 0)) ? one : other;
	}

	/**
	 * A library's file name without its version but with its major version ({@code jackson-core@2} of
	 * {@code jackson-core-2.21.4.jar}): Jackson 2 and 3 share artifact names but not packages, so they do not clash.
	 */
	static String library(String fileName) {
		Matcher versioned = VERSIONED.matcher(fileName);
		return versioned.matches() ? versioned.group(1) + "@" + versioned.group(2) : fileName;
	}

	private static final Pattern VERSIONED = Pattern.compile("(.+?)-(\\d+)(\\.[^-]*)?(-[A-Za-z0-9.]+)?\\.jar");
}
