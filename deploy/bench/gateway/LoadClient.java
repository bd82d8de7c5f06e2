import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP/1.1 load client on plain NIO (keep-alive, chunked bodies) that times each streamed request:
 * time to first SSE data line, total time to the end of the response, and the gaps between SSE data lines.
 * A request counts as ok only with status 200, a complete body and a {@code [DONE]} line.
 *
 * <p>Two shapes of load: {@link #closedLoop} (C connections each sending requests back to back for a fixed
 * time) and {@link #openStreams} (N connections opened over a ramp, one request each, all held at once).
 */
public final class LoadClient {

    private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA = "data:".getBytes(StandardCharsets.US_ASCII);
    private static final long SLOW_GAP_NANOS = 20_000_000L;

    private final InetSocketAddress address;
    private final byte[] request;
    private final int loops;
    private final int sourceIps;
    private final AtomicInteger opened = new AtomicInteger();

    /**
     * @param sourceIps connections are bound round-robin to 127.0.0.2 .. 127.0.0.(1+sourceIps), so a gateway
     *                  that limits guests per client IP sees several clients
     */
    public LoadClient(String host, int port, String path, String body, String extraHeaders, int loops, int sourceIps) {
        this.sourceIps = sourceIps;
        this.address = new InetSocketAddress(host, port);
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n"
                + "Content-Type: application/json\r\nAccept: text/event-stream\r\nContent-Length: " + b.length + "\r\n"
                + extraHeaders + "\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        this.request = Arrays.copyOf(h, h.length + b.length);
        System.arraycopy(b, 0, request, h.length, b.length);
        this.loops = loops;
    }

    /** Samples in microseconds, appended from several threads under a lock per series. */
    public static final class Series {
        private long[] values = new long[1024];
        private int size;

        public synchronized void add(long micros) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = micros;
        }

        public synchronized void addAll(Series other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        public synchronized int size() {
            return size;
        }

        /** Percentile in milliseconds (nearest rank), NaN when empty. */
        public synchronized double pctMs(double p) {
            if (size == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * size) - 1;
            return sorted[Math.max(0, Math.min(size - 1, rank))] / 1000.0;
        }

        public synchronized double maxMs() {
            long max = 0;
            for (int i = 0; i < size; i++) {
                max = Math.max(max, values[i]);
            }
            return max / 1000.0;
        }
    }

    public static final class Result {
        public final Series ttfb = new Series();
        public final Series total = new Series();
        public final Series gaps = new Series();
        /** Slow streams: how late each data line arrives against first line + index x 20 ms (negative: early). */
        public final Series lateness = new Series();
        public final AtomicLong ok = new AtomicLong();
        public final AtomicLong errors = new AtomicLong();
        /** Requests that reached the server and got a whole answer, ok or not (each should have a usage row). */
        public final AtomicLong answered = new AtomicLong();
        public final AtomicLong okInWindow = new AtomicLong();
        /** Requests written to the server, answered or not (each should leave one usage row). */
        public final AtomicLong sent = new AtomicLong();
        public final AtomicInteger peakOpen = new AtomicInteger();
        public volatile String firstError;
        public double seconds;

        void error(String what) {
            errors.incrementAndGet();
            if (firstError == null) {
                firstError = what;
            }
        }

        public String summary() {
            return String.format(Locale.ROOT, "ok=%d err=%d rps=%.0f ttfb p50=%.3f p99=%.3f total p50=%.3f p99=%.3f ms",
                    ok.get(), errors.get(), okInWindow.get() / seconds, ttfb.pctMs(50), ttfb.pctMs(99),
                    total.pctMs(50), total.pctMs(99));
        }
    }

    /** C connections, each sending requests back to back; only requests sent inside the window are timed. */
    public Result closedLoop(int connections, double warmupSeconds, double seconds) throws Exception {
        Result warm = new Result();
        if (warmupSeconds > 0) {
            run(connections, 0, warmupSeconds, warm, false);
        }
        Result result = new Result();
        run(connections, 0, seconds, result, false);
        result.answered.addAndGet(warm.answered.get());
        result.sent.addAndGet(warm.sent.get());
        if (warm.errors.get() > 0) {
            result.errors.addAndGet(warm.errors.get());
            result.firstError = "warm-up: " + warm.firstError;
        }
        return result;
    }

    /** N connections opened evenly over the ramp, one request each, held until every answer ends. */
    public Result openStreams(int streams, double rampSeconds, double timeoutSeconds) throws Exception {
        Result result = new Result();
        run(streams, rampSeconds, timeoutSeconds, result, true);
        return result;
    }

    private void run(int connections, double rampSeconds, double seconds, Result result, boolean once)
            throws Exception {
        Loop[] workers = new Loop[loops];
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        CountDownLatch done = new CountDownLatch(connections);
        AtomicInteger open = new AtomicInteger();
        Thread[] threads = new Thread[loops];
        for (int i = 0; i < loops; i++) {
            workers[i] = new Loop(result, deadline, once, done, open);
            threads[i] = new Thread(workers[i], "load-" + i);
            threads[i].setDaemon(true);
            threads[i].start();
        }
        for (int i = 0; i < connections; i++) {
            if (rampSeconds > 0) {
                long at = start + (long) (rampSeconds * 1e9 * i / connections);
                long wait = at - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            workers[i % loops].open(address);
        }
        // closed loop: wait for the window plus the answers still in flight; open streams: until all end
        long limit = once ? deadline : deadline + 30_000_000_000L;
        boolean finished = done.await(Math.max(0, limit - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (!finished) {
            result.error("timed out with " + done.getCount() + " connections still open");
            result.errors.addAndGet(done.getCount() - 1);
        }
        for (Loop w : workers) {
            w.stop();
        }
        for (Thread t : threads) {
            t.join(5000);
        }
        result.seconds = once ? (System.nanoTime() - start) / 1e9 : seconds;
    }

    private final class Loop implements Runnable {
        final Selector selector;
        final Result result;
        final long deadline;
        final boolean once;
        final CountDownLatch done;
        final AtomicInteger open;
        final ConcurrentLinkedQueue<InetSocketAddress> pending = new ConcurrentLinkedQueue<>();
        volatile boolean running = true;

        Loop(Result result, long deadline, boolean once, CountDownLatch done, AtomicInteger open) throws IOException {
            this.selector = Selector.open();
            this.result = result;
            this.deadline = deadline;
            this.once = once;
            this.done = done;
            this.open = open;
        }

        void open(InetSocketAddress to) {
            pending.add(to);
            selector.wakeup();
        }

        void stop() {
            running = false;
            selector.wakeup();
        }

        @Override
        public void run() {
            try {
                while (running) {
                    selector.select(100);
                    InetSocketAddress to;
                    while ((to = pending.poll()) != null) {
                        Conn c = new Conn();
                        try {
                            c.ch = SocketChannel.open();
                            c.ch.configureBlocking(false);
                            c.ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                            if (sourceIps > 0) {
                                c.ch.bind(new InetSocketAddress("127.0.0." + (2 + opened.getAndIncrement() % sourceIps), 0));
                            }
                            c.ch.connect(to);
                            c.key = c.ch.register(selector, SelectionKey.OP_CONNECT, c);
                            result.peakOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                        } catch (IOException e) {
                            result.error("connect: " + e);
                            finish(c);
                        }
                    }
                    Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                    while (it.hasNext()) {
                        SelectionKey k = it.next();
                        it.remove();
                        Conn c = (Conn) k.attachment();
                        try {
                            if (k.isConnectable()) {
                                c.ch.finishConnect();
                                send(c);
                            } else if (k.isWritable()) {
                                writeMore(c);
                            } else if (k.isReadable()) {
                                read(c);
                            }
                        } catch (IOException | RuntimeException e) {
                            if (c.inFlight) {
                                result.error("io: " + e);
                            }
                            finish(c);
                        }
                    }
                }
                for (SelectionKey k : selector.keys()) {
                    k.channel().close();
                }
                selector.close();
            } catch (IOException e) {
                e.printStackTrace();
            }
        }

        void finish(Conn c) {
            if (c.finished) {
                return;
            }
            c.finished = true;
            open.decrementAndGet();
            try {
                if (c.ch != null) {
                    c.ch.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            done.countDown();
        }

        void send(Conn c) throws IOException {
            c.reset();
            result.sent.incrementAndGet();
            c.inFlight = true;
            c.sentAt = System.nanoTime();
            c.out = ByteBuffer.wrap(request);
            writeMore(c);
        }

        void writeMore(Conn c) throws IOException {
            c.ch.write(c.out);
            c.key.interestOps(c.out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        void read(Conn c) throws IOException {
            c.in.clear();
            int n = c.ch.read(c.in);
            long now = System.nanoTime();
            if (n < 0) {
                if (c.inFlight && c.state == Conn.BODY_UNTIL_CLOSE) {
                    complete(c, now);
                } else if (c.inFlight) {
                    result.error("connection closed mid-answer");
                }
                finish(c);
                return;
            }
            byte[] a = c.in.array();
            for (int i = 0; i < n && c.inFlight; i++) {
                c.feed(a[i], now);
                if (c.state == Conn.END) {
                    complete(c, now);
                }
            }
        }

        void complete(Conn c, long now) throws IOException {
            c.inFlight = false;
            result.answered.incrementAndGet();
            boolean inWindow = c.sentAt <= deadline;
            if (c.status == 200 && c.sawDone) {
                result.ok.incrementAndGet();
                if (inWindow) {
                    if (now <= deadline || once) {
                        result.okInWindow.incrementAndGet();
                    }
                    result.ttfb.add((c.firstDataAt - c.sentAt) / 1000);
                    result.total.add((now - c.sentAt) / 1000);
                    if (once) {
                        c.gaps.forEach(result.gaps);
                        c.late.forEach(result.lateness);
                    }
                }
            } else {
                result.error("status " + c.status + (c.sawDone ? "" : " without [DONE]"));
            }
            if (!once && now < deadline && !c.closeAfter) {
                send(c);
            } else {
                finish(c);
            }
        }
    }

    /** One connection and the incremental parser of its current response. */
    private static final class Conn {
        static final int STATUS = 0, HEADERS = 1, CHUNK_SIZE = 2, CHUNK_DATA = 3, CHUNK_CRLF = 4, TRAILER = 5,
                BODY_LENGTH = 6, BODY_UNTIL_CLOSE = 7, END = 8;

        SocketChannel ch;
        SelectionKey key;
        ByteBuffer out;
        final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        boolean inFlight;
        boolean finished;
        long sentAt;
        long firstDataAt;
        long lastDataAt;
        int state;
        int status;
        boolean closeAfter;
        long remaining;
        final StringBuilder line = new StringBuilder();
        boolean chunked;
        // SSE scanning
        boolean lineStart;
        int dataMatch;
        int doneMatch;
        boolean sawDone;
        final GapList gaps = new GapList();
        final GapList late = new GapList();
        int dataIndex;

        void reset() {
            state = STATUS;
            status = 0;
            closeAfter = false;
            chunked = false;
            remaining = -1;
            line.setLength(0);
            lineStart = true;
            dataMatch = 0;
            doneMatch = 0;
            sawDone = false;
            firstDataAt = 0;
            lastDataAt = 0;
            gaps.size = 0;
            late.size = 0;
            dataIndex = 0;
        }

        void feed(byte b, long now) {
            switch (state) {
                case STATUS, HEADERS, CHUNK_SIZE, TRAILER -> {
                    if (b == '\n') {
                        String l = line.toString().trim();
                        line.setLength(0);
                        onLine(l);
                    } else {
                        line.append((char) b);
                    }
                }
                case CHUNK_DATA -> {
                    body(b, now);
                    if (--remaining == 0) {
                        state = CHUNK_CRLF;
                        remaining = 2;
                    }
                }
                case CHUNK_CRLF -> {
                    if (--remaining == 0) {
                        state = CHUNK_SIZE;
                    }
                }
                case BODY_LENGTH -> {
                    body(b, now);
                    if (--remaining == 0) {
                        state = END;
                    }
                }
                case BODY_UNTIL_CLOSE -> body(b, now);
                default -> {
                }
            }
        }

        private void onLine(String l) {
            switch (state) {
                case STATUS -> {
                    status = Integer.parseInt(l.split(" ")[1]);
                    state = HEADERS;
                }
                case HEADERS -> {
                    if (l.isEmpty()) {
                        if (chunked) {
                            state = CHUNK_SIZE;
                        } else if (remaining == 0) {
                            state = END;
                        } else if (remaining > 0) {
                            state = BODY_LENGTH;
                        } else {
                            state = BODY_UNTIL_CLOSE;
                            closeAfter = true;
                        }
                        return;
                    }
                    int colon = l.indexOf(':');
                    String name = l.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String value = l.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                    if (name.equals("transfer-encoding") && value.contains("chunked")) {
                        chunked = true;
                    } else if (name.equals("content-length")) {
                        remaining = Long.parseLong(value);
                    } else if (name.equals("connection") && value.contains("close")) {
                        closeAfter = true;
                    }
                }
                case CHUNK_SIZE -> {
                    int semi = l.indexOf(';');
                    long size = Long.parseLong(semi >= 0 ? l.substring(0, semi) : l, 16);
                    if (size == 0) {
                        state = TRAILER;
                    } else {
                        remaining = size;
                        state = CHUNK_DATA;
                    }
                }
                case TRAILER -> {
                    if (l.isEmpty()) {
                        state = END;
                    }
                }
                default -> {
                }
            }
        }

        private void body(byte b, long now) {
            if (lineStart && dataMatch < DATA.length && b == DATA[dataMatch]) {
                if (++dataMatch == DATA.length) {
                    if (firstDataAt == 0) {
                        firstDataAt = now;
                    } else {
                        gaps.add((now - lastDataAt) / 1000);
                        late.add((now - firstDataAt - dataIndex * SLOW_GAP_NANOS) / 1000);
                    }
                    dataIndex++;
                    lastDataAt = now;
                    lineStart = false;
                }
            } else {
                lineStart = b == '\n';
                dataMatch = 0;
            }
            if (b == DONE[doneMatch]) {
                if (++doneMatch == DONE.length) {
                    sawDone = true;
                    doneMatch = 0;
                }
            } else {
                doneMatch = b == DONE[0] ? 1 : 0;
            }
        }
    }

    /** Gaps of one stream, copied into the result only when the stream ends ok. */
    private static final class GapList {
        long[] v = new long[256];
        int size;

        void add(long micros) {
            if (size == v.length) {
                v = Arrays.copyOf(v, size * 2);
            }
            v[size++] = micros;
        }

        void forEach(Series into) {
            synchronized (into) {
                for (int i = 0; i < size; i++) {
                    into.add(v[i]);
                }
            }
        }
    }
}
