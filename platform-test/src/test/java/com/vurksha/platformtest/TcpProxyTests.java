package com.vurksha.platformtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class TcpProxyTests {

	private ServerSocket echoServer;

	private TcpProxy proxy;

	@BeforeEach
	void startEchoServerBehindProxy() throws IOException {
		echoServer = new ServerSocket(0, 50, InetAddress.getByName(TestInfrastructure.HOST));
		Thread acceptor = new Thread(this::echoEveryConnection, "echo-server");
		acceptor.setDaemon(true);
		acceptor.start();
		proxy = TcpProxy.to(TestInfrastructure.HOST, echoServer.getLocalPort());
	}

	@AfterEach
	void stop() throws IOException {
		proxy.close();
		echoServer.close();
	}

	@Test
	void forwardsBothWays() throws IOException {
		try (Socket client = connect()) {
			assertThat(roundTrip(client, "hello")).isEqualTo("hello");
			assertThat(roundTrip(client, "again")).isEqualTo("again");
		}
	}

	@Test
	void cutClosesOpenConnectionsAndRefusesNewOnesUntilRestored() throws IOException {
		try (Socket client = connect()) {
			assertThat(roundTrip(client, "before")).isEqualTo("before");

			proxy.cut();

			assertThat(readOrClosed(client)).isEqualTo(-1);
			assertThatThrownBy(this::connect).isInstanceOf(ConnectException.class);
		}

		proxy.restore();

		try (Socket client = connect()) {
			assertThat(roundTrip(client, "after")).isEqualTo("after");
		}
	}

	@Test
	void freezeKeepsConnectionsOpenButForwardsNothingUntilRestored() throws IOException {
		try (Socket client = connect()) {
			assertThat(roundTrip(client, "before")).isEqualTo("before");

			proxy.freeze();
			send(client, "held");

			client.setSoTimeout(500);
			assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
			assertThat(client.isClosed()).isFalse();

			proxy.restore();

			client.setSoTimeout(5000);
			assertThat(receive(client, 4)).isEqualTo("held");
		}
	}

	@Test
	void acceptsButAnswersNothingOnANewConnectionWhileFrozen() throws IOException {
		proxy.freeze();
		try (Socket client = connect()) {
			send(client, "ping");
			client.setSoTimeout(500);
			assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);

			proxy.restore();

			client.setSoTimeout(5000);
			assertThat(receive(client, 4)).isEqualTo("ping");
		}
	}

	@Test
	void forgetsClosedConnections() throws IOException {
		try (Socket client = connect()) {
			roundTrip(client, "x");
			assertThat(proxy.openSockets()).isEqualTo(2);
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> proxy.openSockets() == 0);
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress(proxy.host(), proxy.port()), 2000);
		socket.setSoTimeout(5000);
		return socket;
	}

	private static String roundTrip(Socket client, String text) throws IOException {
		send(client, text);
		return receive(client, text.length());
	}

	private static void send(Socket client, String text) throws IOException {
		OutputStream out = client.getOutputStream();
		out.write(text.getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	private static String receive(Socket client, int length) throws IOException {
		return new String(client.getInputStream().readNBytes(length), StandardCharsets.US_ASCII);
	}

	/** -1 for an orderly close, also -1 for a reset: either way the connection is gone. */
	private static int readOrClosed(Socket client) {
		try {
			return client.getInputStream().read();
		}
		catch (SocketTimeoutException ex) {
			return 0;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private void echoEveryConnection() {
		while (!echoServer.isClosed()) {
			try {
				Socket connection = echoServer.accept();
				Thread echo = new Thread(() -> echo(connection), "echo");
				echo.setDaemon(true);
				echo.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private static void echo(Socket connection) {
		try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// the proxy cut the connection
		}
	}
}
