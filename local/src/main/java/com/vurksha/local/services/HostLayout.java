package com.vurksha.local.services;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which libraries of the applications' fat jars the service host loads once for all, and which each application loads
 * itself. A library is shared when every application that ships it ships the same content under the same file name; it
 * then sits on the host's class path, and each application sees only the shared libraries its own fat jar holds. That
 * includes a library only one application ships: a shared library's class may refer to it (an integration another
 * library offers when it is present), and a class on the host's class path finds only what is there. A library whose
 * copies differ stays with each application that ships it.
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
}
