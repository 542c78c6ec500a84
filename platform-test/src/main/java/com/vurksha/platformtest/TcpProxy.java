package com.vurksha.platformtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a free loopback port in front of a real server, for tests that break the network between a
 * service and its broker or database without touching the shared server. It breaks the two ways a dependency
 * fails in production:
 * <ul>
 * <li>{@link #cut()}: a stopped server. Every proxied connection is closed and new ones are refused (the port stops
 * listening), as when a process dies and its host answers with a reset.</li>
 * <li>{@link #freeze()}: a hung server. Connections stay open and new ones are accepted, but no byte goes through
 * in either direction, as with a stopped ({@code kill -STOP}) process or a silent network partition: only timeouts
 * notice.</li>
 * </ul>
 * {@link #restore()} heals either: after a cut the same port listens again, after a freeze the bytes held back
 * flow on. Each connection costs two daemon threads, one per direction.
 */
public final class TcpProxy implements AutoCloseable {

	private enum State {
		OPEN, FROZEN, CUT, CLOSED
	}

	private final InetSocketAddress target;

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile State state = State.OPEN;

	private volatile ServerSocket listener;

	private TcpProxy(InetSocketAddress target) {
		this.target = target;
		this.listener = listen(0);
		this.port = listener.getLocalPort();
		acceptOn(listener);
	}

	/** Starts a proxy that forwards each connection to {@code host:port}. */
	public static TcpProxy to(String host, int port) {
		return new TcpProxy(new InetSocketAddress(host, port));
	}

	/** The loopback port clients connect to instead of the target's. */
	public int port() {
		return port;
	}

	public String host() {
		return TestInfrastructure.HOST;
	}

	/** Connections currently proxied (client sides and target sides, both counted). */
	public int openSockets() {
		return sockets.size();
	}

	/** Closes every connection and refuses new ones until {@link #restore()}. */
	public synchronized void cut() {
		requireNotClosed();
		state = State.CUT;
		closeQuietly(listener);
		closeAll();
		notifyAll();
	}

	/** Keeps every connection open, accepts new ones, and forwards nothing until {@link #restore()}. */
	public synchronized void freeze() {
		requireNotClosed();
		if (state == State.CUT) {
			throw new IllegalStateException("Restore the proxy before freezing it");
		}
		state = State.FROZEN;
	}

	/** Forwards again: after a cut on fresh connections to the same port, after a freeze on the same ones too. */
	public synchronized void restore() {
		requireNotClosed();
		if (state == State.CUT) {
			listener = listen(port);
			acceptOn(listener);
		}
		state = State.OPEN;
		notifyAll();
	}

	@Override
	public synchronized void close() {
		state = State.CLOSED;
		closeQuietly(listener);
		closeAll();
		notifyAll();
	}

	private void requireNotClosed() {
		if (state == State.CLOSED) {
			throw new IllegalStateException("The proxy is closed");
		}
	}

	private static ServerSocket listen(int port) {
		try {
			ServerSocket socket = new ServerSocket();
			// a restored proxy binds the port again while its old connections may still be in TIME_WAIT
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getByName(TestInfrastructure.HOST), port));
			return socket;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not listen on port " + port, ex);
		}
	}

	private void acceptOn(ServerSocket server) {
		daemon("tcp-proxy-accept-" + port, () -> {
			while (!server.isClosed()) {
				try {
					Socket client = server.accept();
					connect(client);
				}
				catch (IOException ex) {
					// the listener was closed by a cut or close; a restore starts a new accept loop
				}
			}
		});
	}

	private void connect(Socket client) {
		Socket upstream = new Socket();
		try {
			upstream.connect(target, 5000);
		}
		catch (IOException ex) {
			closeQuietly(client);
			closeQuietly(upstream);
			return;
		}
		sockets.add(client);
		sockets.add(upstream);
		daemon("tcp-proxy-up-" + port, () -> pump(client, upstream));
		daemon("tcp-proxy-down-" + port, () -> pump(upstream, client));
	}

	/** Copies one direction until either side closes, holding each chunk back while the proxy is frozen. */
	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream()) {
			OutputStream out = to.getOutputStream();
			int read;
			while ((read = in.read(buffer)) >= 0) {
				if (!awaitForwarding()) {
					break;
				}
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// one side closed or was cut: the other goes too
		}
		finally {
			forget(from);
			forget(to);
		}
	}

	/** Waits while frozen; false once the connection should be dropped instead. */
	private synchronized boolean awaitForwarding() {
		while (state == State.FROZEN) {
			try {
				wait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return state == State.OPEN;
	}

	private void closeAll() {
		sockets.forEach(this::forget);
	}

	private void forget(Socket socket) {
		sockets.remove(socket);
		closeQuietly(socket);
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			if (closeable instanceof Socket socket && !socket.isClosed()) {
				// a reset, not an orderly close: what a peer's host answers once the process is gone
				socket.setSoLinger(true, 0);
			}
			closeable.close();
		}
		catch (SocketException ex) {
			closeQuietlyIgnoringLinger(closeable);
		}
		catch (Exception ex) {
			// already closed
		}
	}

	private static void closeQuietlyIgnoringLinger(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}

	private static void daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}
}
