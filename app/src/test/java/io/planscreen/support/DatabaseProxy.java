package io.planscreen.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the service's connection pool and PostgreSQL, so a test can take the database away
 * the way an outage does (open connections cut, new ones refused) and give it back, without touching the
 * real server.
 */
public final class DatabaseProxy implements AutoCloseable {

    private final String targetHost;

    private final int targetPort;

    private final int port;

    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private volatile ServerSocket server;

    public DatabaseProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        start();
    }

    public int port() {
        return port;
    }

    /** The JDBC URL with its host and port replaced by this relay's. */
    public String relay(String jdbcUrl) {
        return jdbcUrl.replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/");
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = socket;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + port, e);
        }
        Thread acceptor = new Thread(this::accept, "db-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Cuts every open connection and refuses new ones until {@link #start()}. */
    public synchronized void stop() {
        ServerSocket socket = server;
        server = null;
        quietly(socket);
        for (Socket s : open) {
            quietly(s);
        }
        open.clear();
    }

    @Override
    public void close() {
        stop();
    }

    private void accept() {
        ServerSocket socket = server;
        while (socket != null && !socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[16384];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (SocketException cut) {
                        // stop() or the other side closed
                    } catch (IOException e) {
                        // same
                    } finally {
                        quietly(from);
                        quietly(to);
                    }
                },
                "db-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void quietly(java.io.Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
