package dev.switchboard.adapter.upstream.openai;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare-socket HTTP/1.1 upstream whose every connection is visible: how many were opened, and whether the
 * client closed one. Each request is answered by the current {@link Script}, which decides whether the
 * connection stays open for the next request.
 */
final class ScriptedUpstream implements AutoCloseable {

    interface Script {
        /** Answers one request; returns whether to keep the connection for another. */
        boolean answer(OutputStream out) throws IOException, InterruptedException;
    }

    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger clientClosed = new AtomicInteger();
    final CopyOnWriteArrayList<String> requests = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private volatile Script script;

    ScriptedUpstream(Script script) throws IOException {
        this.script = script;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "scripted-upstream");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/v1/chat/completions";
    }

    int port() {
        return server.getLocalPort();
    }

    void script(Script next) {
        this.script = next;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                Thread worker = new Thread(() -> serve(socket), "scripted-upstream-conn");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (true) {
                String request = readRequest(in);
                if (request == null) {
                    clientClosed.incrementAndGet();
                    return;
                }
                requests.add(request);
                if (!script.answer(out)) {
                    return;
                }
            }
        } catch (IOException e) {
            clientClosed.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Head and body of one request, or null when the client closed the connection. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        return text + new String(body, StandardCharsets.UTF_8);
    }

    static void streamHead(OutputStream out) throws IOException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    static void chunk(OutputStream out, String data) throws IOException {
        byte[] payload = data.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(payload.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(payload);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    static void end(OutputStream out) throws IOException {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** A complete streamed answer of {@code words} content chunks, a finish and [DONE]. */
    static boolean answerStream(OutputStream out, int words) throws IOException {
        streamHead(out);
        for (int i = 0; i < words; i++) {
            chunk(out, "data: {\"choices\":[{\"delta\":{\"content\":\"w" + i + " \"}}]}\n\n");
        }
        chunk(out, "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
        end(out);
        return true;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
