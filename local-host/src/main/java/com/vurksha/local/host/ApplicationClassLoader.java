package com.vurksha.local.host;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

/**
 * The class loader of one application in the host. Its own classes and the libraries only it ships are its URLs; the
 * libraries it shares with others come from the host's class path (the parent), loaded and compiled once for all. Of
 * those it sees only the jars its own fat jar holds: a class or resource of another application's library (Flyway in the
 * gateway, say) is not found through it, so auto-configuration conditions answer as they do in its own JVM.
 */
public final class ApplicationClassLoader extends URLClassLoader {

	static {
		registerAsParallelCapable();
	}

	private final String service;

	private final SharedLibraries shared;

	private final Set<String> visible;

	/**
	 * @param service the application's short name (its log file, its console prefix)
	 * @param own its classes folder and the libraries no other application shares
	 * @param parent the host's class loader, which holds the shared libraries
	 * @param shared the index of the shared libraries
	 * @param visible the file names of the shared libraries its fat jar holds
	 */
	public ApplicationClassLoader(String service, URL[] own, ClassLoader parent, SharedLibraries shared,
			Set<String> visible) {
		super(service, own, parent);
		this.service = service;
		this.shared = shared;
		this.visible = Set.copyOf(visible);
	}

	public String service() {
		return service;
	}

	/** The application that a class loader belongs to (itself or one of its parents), or null for none. */
	public static String serviceOf(ClassLoader loader) {
		for (ClassLoader current = loader; current != null; current = current.getParent()) {
			if (current instanceof ApplicationClassLoader application) {
				return application.service;
			}
		}
		return null;
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		synchronized (getClassLoadingLock(name)) {
			Class<?> loaded = findLoadedClass(name);
			if (loaded == null) {
				loaded = switch (fromShared(name.replace('.', '/') + ".class")) {
					case ALL -> getParent().loadClass(name);
					case NONE -> findClass(name);
					case NOT_SHARED -> parentThenOwn(name);
					case SOME -> visible(getParent().getResource(name.replace('.', '/') + ".class"))
							? getParent().loadClass(name) : findClass(name);
				};
			}
			if (resolve) {
				resolveClass(loaded);
			}
			return loaded;
		}
	}

	private Class<?> parentThenOwn(String name) throws ClassNotFoundException {
		try {
			return getParent().loadClass(name);
		}
		catch (ClassNotFoundException ex) {
			return findClass(name);
		}
	}

	@Override
	public URL getResource(String name) {
		return switch (fromShared(name)) {
			case NONE -> findResource(name);
			case ALL, NOT_SHARED -> {
				URL fromParent = getParent().getResource(name);
				yield (fromParent != null) ? fromParent : findResource(name);
			}
			case SOME -> {
				Enumeration<URL> all = getResources(name);
				yield all.hasMoreElements() ? all.nextElement() : null;
			}
		};
	}

	@Override
	public Enumeration<URL> getResources(String name) {
		List<URL> found = new ArrayList<>();
		try {
			for (URL url : Collections.list(getParent().getResources(name))) {
				if (visible(url)) {
					found.add(url);
				}
			}
			found.addAll(Collections.list(findResources(name)));
		}
		catch (IOException ex) {
			// as ClassLoader does: what could be read is what there is
		}
		return Collections.enumeration(found);
	}

	private boolean visible(URL resource) {
		if (resource == null) {
			return false;
		}
		String jar = shared.jarOf(resource);
		return jar == null || visible.contains(jar);
	}

	/**
	 * Which of the shared jars holding the resource's folder the application ships: all, none, some, or there is no such
	 * jar (the JDK's classes, the application's own).
	 */
	private Shared fromShared(String resource) {
		List<String> holders = shared.jarsHolding(resource);
		if (holders.isEmpty()) {
			return Shared.NOT_SHARED;
		}
		int seen = 0;
		for (String jar : holders) {
			if (visible.contains(jar)) {
				seen++;
			}
		}
		if (seen == holders.size()) {
			return Shared.ALL;
		}
		return (seen == 0) ? Shared.NONE : Shared.SOME;
	}

	private enum Shared {

		ALL, NONE, SOME, NOT_SHARED
	}
}
