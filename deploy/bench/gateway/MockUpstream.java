import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fast OpenAI-compatible mock upstream on plain NIO (no framework, a few selector threads).
 *
 * <p>POST /v1/chat/completions (any path): a streamed reply of N content chunks, then a finish_reason chunk,
 * a usage chunk when {@code stream_options.include_usage} is true, and {@code data: [DONE]}, as HTTP/1.1
 * chunked transfer with keep-alive. The model name picks the mode: {@code fast} (or anything else) sends 64
 * chunks at once; {@code slow-N} sends N chunks 20 ms apart, on a fixed timeline from the request (a chunk
 * that falls due while the loop is busy goes out with the next write, as a real upstream's would).
 * Non-streaming requests get a small JSON completion. Usage: {@code java MockUpstream PORT [LOOPS]}.
 */
public final class MockUpstream {

    static final int FAST_CHUNKS = 64;
    static final long SLOW_GAP_NANOS = 20_000_000L;
    static final byte[] HEAD = ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    static final String[] WORDS = {"The ", "quick ", "brown ", "fox ", "jumps ", "over ", "the ", "lazy ", "dog. "};
    static final ConcurrentHashMap<String, byte[][]> FRAMES = new ConcurrentHashMap<>();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        int loops = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress("127.0.0.1", port), 16384);
        Loop[] workers = new Loop[loops];
        for (int i = 0; i < loops; i++) {
            workers[i] = new Loop();
            Thread t = new Thread(workers[i], "mock-loop-" + i);
            t.start();
        }
        System.out.println("mock upstream listening on " + port);
        System.out.flush();
        int next = 0;
        while (true) {
            SocketChannel ch = server.accept();
            ch.configureBlocking(false);
            ch.socket().setTcpNoDelay(true);
            workers[next++ % loops].adopt(ch);
        }
    }

    /** Frames (chunk-encoded SSE events) of one reply: content chunks, finish, [usage], [DONE], terminator. */
    static byte[][] frames(int chunks, boolean usage) {
        return FRAMES.computeIfAbsent(chunks + ":" + usage, k -> {
            List<byte[]> out = new ArrayList<>();
            String id = "chatcmpl-mock0123456789";
            for (int i = 0; i < chunks; i++) {
                String role = i == 0 ? "\"role\":\"assistant\"," : "";
                out.add(event("{\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
                        + "\"model\":\"mock\",\"choices\":[{\"index\":0,\"delta\":{" + role + "\"content\":\""
                        + WORDS[i % WORDS.length] + "\"},\"finish_reason\":null}]}"));
            }
            out.add(event("{\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
                    + "\"model\":\"mock\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}"));
            if (usage) {
                out.add(event("{\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
                        + "\"model\":\"mock\",\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":"
                        + chunks + ",\"total_tokens\":" + (12 + chunks) + "}}"));
            }
            out.add(event("[DONE]"));
            out.add("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return out.toArray(new byte[0][]);
        });
    }

    static byte[] event(String data) {
        byte[] payload = ("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        byte[] size = (Integer.toHexString(payload.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[size.length + payload.length + 2];
        System.arraycopy(size, 0, frame, 0, size.length);
        System.arraycopy(payload, 0, frame, size.length, payload.length);
        frame[frame.length - 2] = '\r';
        frame[frame.length - 1] = '\n';
        return frame;
    }

    static final byte[] COMPLETE;
    static final byte[] NOT_FOUND = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    static {
        String json = "{\"id\":\"chatcmpl-mock\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"mock\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hello.\"},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":2,\"total_tokens\":14}}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        COMPLETE = new byte[head.length + body.length];
        System.arraycopy(head, 0, COMPLETE, 0, head.length);
        System.arraycopy(body, 0, COMPLETE, head.length, body.length);
    }

    static final class Conn {
        final SocketChannel ch;
        SelectionKey key;
        ByteBuffer in = ByteBuffer.allocate(8192);
        final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
        // a slow stream in progress
        byte[][] frames;
        int sent;
        int content;
        long start;
        long due;

        Conn(SocketChannel ch) {
            this.ch = ch;
        }
    }

    static final class Loop implements Runnable {
        final Selector selector;
        final ConcurrentLinkedQueue<SocketChannel> incoming = new ConcurrentLinkedQueue<>();
        final PriorityQueue<Conn> timers = new PriorityQueue<>((a, b) -> Long.compare(a.due, b.due));

        Loop() throws IOException {
            selector = Selector.open();
        }

        void adopt(SocketChannel ch) {
            incoming.add(ch);
            selector.wakeup();
        }

        @Override
        public void run() {
            try {
                while (true) {
                    long wait = 0;
                    if (!timers.isEmpty()) {
                        wait = Math.max(1, (timers.peek().due - System.nanoTime()) / 1_000_000L);
                    }
                    if (!timers.isEmpty() && timers.peek().due <= System.nanoTime()) {
                        selector.selectNow();
                    } else {
                        selector.select(wait);
                    }
                    SocketChannel ch;
                    while ((ch = incoming.poll()) != null) {
                        Conn c = new Conn(ch);
                        c.key = ch.register(selector, SelectionKey.OP_READ, c);
                    }
                    Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                    while (it.hasNext()) {
                        SelectionKey k = it.next();
                        it.remove();
                        Conn c = (Conn) k.attachment();
                        try {
                            if (k.isValid() && k.isWritable()) {
                                flush(c);
                            }
                            if (k.isValid() && k.isReadable()) {
                                read(c);
                            }
                        } catch (IOException | RuntimeException e) {
                            close(c);
                        }
                    }
                    long now = System.nanoTime();
                    while (!timers.isEmpty() && timers.peek().due <= now) {
                        Conn c = timers.poll();
                        if (!c.ch.isOpen()) {
                            continue;
                        }
                        try {
                            tick(c, now);
                        } catch (IOException | RuntimeException e) {
                            close(c);
                        }
                    }
                }
            } catch (IOException e) {
                e.printStackTrace();
            }
        }

        void close(Conn c) {
            try {
                c.ch.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            c.frames = null;
        }

        void read(Conn c) throws IOException {
            if (!c.in.hasRemaining()) {
                ByteBuffer bigger = ByteBuffer.allocate(c.in.capacity() * 2);
                c.in.flip();
                bigger.put(c.in);
                c.in = bigger;
            }
            int n = c.ch.read(c.in);
            if (n < 0) {
                close(c);
                return;
            }
            while (c.frames == null && handleRequest(c)) {
                // next pipelined request, if any
            }
        }

        /** Parses one complete request from the buffer, if there is one, and starts its answer. */
        boolean handleRequest(Conn c) throws IOException {
            byte[] buf = c.in.array();
            int len = c.in.position();
            int headEnd = indexOf(buf, len, "\r\n\r\n");
            if (headEnd < 0) {
                return false;
            }
            String head = new String(buf, 0, headEnd, StandardCharsets.ISO_8859_1);
            int contentLength = 0;
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
                    contentLength = Integer.parseInt(line.substring(colon + 1).trim());
                }
            }
            int total = headEnd + 4 + contentLength;
            if (len < total) {
                return false;
            }
            String body = new String(buf, headEnd + 4, contentLength, StandardCharsets.UTF_8);
            boolean chat = head.startsWith("POST ") && head.substring(0, head.indexOf("\r\n")).contains("/chat/completions");
            // consume
            System.arraycopy(buf, total, buf, 0, len - total);
            c.in.position(len - total);

            if (!chat) {
                send(c, ByteBuffer.wrap(NOT_FOUND));
                return true;
            }
            if (!body.replace(" ", "").contains("\"stream\":true")) {
                send(c, ByteBuffer.wrap(COMPLETE));
                return true;
            }
            boolean usage = body.replace(" ", "").contains("\"include_usage\":true");
            String model = model(body);
            if (model.startsWith("slow-")) {
                int n = Integer.parseInt(model.substring(5));
                c.frames = frames(n, usage);
                c.content = n;
                c.start = System.nanoTime();
                c.sent = 0;
                ByteBuffer first = ByteBuffer.allocate(HEAD.length + c.frames[0].length);
                first.put(HEAD).put(c.frames[0]).flip();
                c.sent = 1;
                send(c, first);
                c.due = c.start + SLOW_GAP_NANOS;
                timers.add(c);
                return true;
            }
            byte[][] frames = frames(FAST_CHUNKS, usage);
            int size = HEAD.length;
            for (byte[] f : frames) {
                size += f.length;
            }
            ByteBuffer all = ByteBuffer.allocate(size);
            all.put(HEAD);
            for (byte[] f : frames) {
                all.put(f);
            }
            all.flip();
            send(c, all);
            return true;
        }

        /**
         * Sends every chunk of a slow stream that is due by now, in one write. Content chunk i is due at
         * start + i x 20 ms; the finish_reason chunk, usage, [DONE] and the terminator 20 ms after the last one.
         */
        void tick(Conn c, long now) throws IOException {
            long dueIndex = (now - c.start) / SLOW_GAP_NANOS;
            int upTo = dueIndex >= c.content ? c.frames.length - 1 : (int) dueIndex;
            int size = 0;
            for (int i = c.sent; i <= upTo; i++) {
                size += c.frames[i].length;
            }
            ByteBuffer b = ByteBuffer.allocate(size);
            for (int i = c.sent; i <= upTo; i++) {
                b.put(c.frames[i]);
            }
            b.flip();
            c.sent = upTo + 1;
            boolean finished = c.sent >= c.frames.length;
            if (finished) {
                c.frames = null;
            } else {
                c.due = c.start + (long) c.sent * SLOW_GAP_NANOS;
                timers.add(c);
            }
            send(c, b);
            if (finished && c.in.position() > 0) {
                while (c.frames == null && handleRequest(c)) {
                    // a pipelined request waited for this answer
                }
            }
        }

        void send(Conn c, ByteBuffer b) throws IOException {
            if (c.out.isEmpty()) {
                c.ch.write(b);
                if (!b.hasRemaining()) {
                    return;
                }
            }
            c.out.add(b);
            c.key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }

        void flush(Conn c) throws IOException {
            while (!c.out.isEmpty()) {
                ByteBuffer b = c.out.peek();
                c.ch.write(b);
                if (b.hasRemaining()) {
                    return;
                }
                c.out.poll();
            }
            c.key.interestOps(SelectionKey.OP_READ);
        }

        static String model(String body) {
            int i = body.indexOf("\"model\"");
            if (i < 0) {
                return "";
            }
            int q1 = body.indexOf('"', body.indexOf(':', i) + 1);
            int q2 = body.indexOf('"', q1 + 1);
            return body.substring(q1 + 1, q2);
        }

        static int indexOf(byte[] buf, int len, String needle) {
            byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
            outer:
            for (int i = 0; i + n.length <= len; i++) {
                for (int j = 0; j < n.length; j++) {
                    if (buf[i + j] != n[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
