import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gateway overhead benchmark (issue 9): the same streamed load against the mock upstream directly, through
 * nginx and through Switchboard; then N concurrent slow streams through Switchboard; then the usage-row count.
 * Started by deploy/bench/run-gateway.sh, which builds what it needs; see deploy/bench/README.md.
 */
public final class GatewayBench {

    static final String ADMIN_PASSWORD = "bench-admin-password-1";
    static final String BODY_FAST = "{\"model\":\"fast\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Say hello.\"}]}";
    static final int SOURCE_IPS = 8;
    static final int FAST_CHANNELS = 8;

    final Map<String, String> opt = new LinkedHashMap<>();
    final List<Process> started = new ArrayList<>();
    Path work;

    public static void main(String[] args) throws Exception {
        GatewayBench bench = new GatewayBench();
        for (String a : args) {
            int eq = a.indexOf('=');
            bench.opt.put(a.substring(2, eq), a.substring(eq + 1));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stopAll));
        bench.run();
    }

    String opt(String name, String fallback) {
        return opt.getOrDefault(name, fallback);
    }

    void run() throws Exception {
        Path jar = Path.of(opt("jar", System.getenv().getOrDefault("BENCH_APP_JAR", "bootstrap/target/switchboard.jar"))).toAbsolutePath();
        Path out = Path.of(opt("out", "deploy/bench")).toAbsolutePath();
        String tools = opt("tools", "target/gateway-bench");
        double seconds = Double.parseDouble(opt("seconds", "10"));
        double warmup = Double.parseDouble(opt("warmup", "2"));
        int[] streamLevels = java.util.Arrays.stream(opt("streams", "250,1000,8000").split(","))
                .mapToInt(Integer::parseInt).filter(n -> n > 0).toArray();
        int streamChunks = Integer.parseInt(opt("stream-chunks", "500"));
        double ramp = Double.parseDouble(opt("ramp", "6"));
        String sbJvm = opt("sb-jvm", "-Xmx512m");
        int[] levels = java.util.Arrays.stream(opt("concurrency", "1,16,64").split(",")).mapToInt(Integer::parseInt).toArray();
        // Neutral names: other jobs on a shared machine may pkill by "switchboard" in a command line.
        work = Files.createTempDirectory("gwbench-");
        Path appJar = work.resolve("app.jar");
        Files.copy(jar, appJar);
        log("work directory " + work);

        Map<String, Object> machine = machine();
        log("machine: " + machine);

        int[] ports = freePorts(3);
        int mockPort = ports[0];
        int nginxPort = ports[1];
        int sbPort = ports[2];
        Process mock = start("mock", List.of(javaBin(), "-Xms256m", "-Xmx1g", "-XX:+UseParallelGC", "-cp", tools,
                "MockUpstream", String.valueOf(mockPort), "2"), Map.of());
        waitForPort(mockPort, 20);

        Path conf = nginxConfig(nginxPort, mockPort);
        start("nginx", List.of("nginx", "-p", work.resolve("nginx").toString(), "-c", conf.toString()), Map.of());
        waitForPort(nginxPort, 20);

        Path db = work.resolve("data/chat.db");
        List<String> sbCmd = new ArrayList<>();
        sbCmd.add(javaBin());
        sbCmd.addAll(List.of(sbJvm.trim().split("\\s+")));
        sbCmd.add("-Xlog:gc:file=" + work.resolve("gc.log"));
        if (!opt("jfr", "").isEmpty()) {
            sbCmd.add("-XX:StartFlightRecording=filename=" + Path.of(opt("jfr", "")).toAbsolutePath() + ",settings=profile");
        }
        sbCmd.addAll(List.of("-jar", appJar.toString()));
        Process sb = start("switchboard", sbCmd, Map.of(
                "APP_PORT", String.valueOf(sbPort),
                "DATABASE_PATH", db.toString(),
                "ADMIN_USERNAME", "admin",
                "ADMIN_PASSWORD", ADMIN_PASSWORD,
                "GUEST_RPM", "100000",
                "USER_RPM", "100000"));
        long sbStart = System.nanoTime();
        waitForHealth(sbPort, 90);
        double startupSeconds = (System.nanoTime() - sbStart) / 1e9;
        log(String.format(Locale.ROOT, "switchboard up in %.1f s (pid %d)", startupSeconds, sb.pid()));
        configure(sbPort, mockPort, streamChunks);

        Map<String, LoadClient> targets = new LinkedHashMap<>();
        targets.put("direct", client(mockPort, BODY_FAST));
        targets.put("nginx", client(nginxPort, BODY_FAST));
        targets.put("switchboard", client(sbPort, BODY_FAST));
        AtomicLong sbAnswered = new AtomicLong();

        // JIT warm-up of all three (and of this client), not recorded
        double jitWarm = Double.parseDouble(opt("jit-warmup", "60"));
        for (Map.Entry<String, LoadClient> t : targets.entrySet()) {
            LoadClient.Result r = t.getValue().closedLoop(64, 0, t.getKey().equals("switchboard") ? jitWarm : 2);
            log("warm-up " + t.getKey() + ": " + r.summary());
            if (t.getKey().equals("switchboard")) {
                sbAnswered.addAndGet(r.sent.get());
            }
        }

        Map<String, Object> matrix = new LinkedHashMap<>();
        for (int c : levels) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Map.Entry<String, LoadClient> t : targets.entrySet()) {
                long cpu0 = cpuTicks(sb.pid());
                LoadClient.Result r = t.getValue().closedLoop(c, warmup, seconds);
                long cpu1 = cpuTicks(sb.pid());
                log(String.format(Locale.ROOT, "c=%-3d %-11s %s", c, t.getKey(), r.summary()));
                Map<String, Object> m = figures(r);
                if (t.getKey().equals("switchboard")) {
                    sbAnswered.addAndGet(r.sent.get());
                    m.put("switchboard_cpu_seconds", (cpu1 - cpu0) / 100.0);
                    m.put("switchboard_cpu_ms_per_request", round((cpu1 - cpu0) * 10.0 / Math.max(1, r.sent.get())));
                }
                row.put(t.getKey(), m);
            }
            row.put("ratios", ratios(row));
            matrix.put("c" + c, row);
        }

        // N concurrent slow streams: first straight to the mock (the baseline of mock + client on this
        // machine), then through Switchboard; at each level of --streams, the last being the target's 8,000
        Map<String, Object> open = new LinkedHashMap<>();
        String slowBody = "{\"model\":\"slow-" + streamChunks + "\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Tell a story.\"}]}";
        double timeout = ramp + streamChunks * 0.02 + 120;
        for (int n : streamLevels) {
            Map<String, Object> level = new LinkedHashMap<>();
            if (!opt("baseline", "true").equals("false")) {
                LoadClient.Result base = new LoadClient("127.0.0.1", mockPort, "/v1/chat/completions", slowBody, "", 2, SOURCE_IPS)
                        .openStreams(n, ramp, timeout);
                log("streams " + n + " direct: " + base.summary() + gapsText(base));
                level.put("direct", streamFigures(base));
            }
            RssSampler rss = new RssSampler(sb.pid());
            rss.start();
            long cpu0 = cpuTicks(sb.pid());
            LoadClient.Result r = new LoadClient("127.0.0.1", sbPort, "/v1/chat/completions", slowBody, "", 2, SOURCE_IPS)
                    .openStreams(n, ramp, timeout);
            long cpu1 = cpuTicks(sb.pid());
            rss.stopSampling();
            sbAnswered.addAndGet(r.sent.get());
            log("streams " + n + " switchboard: " + r.summary() + gapsText(r) + " peak open " + r.peakOpen.get());
            Map<String, Object> s = streamFigures(r);
            s.put("switchboard_cpu_seconds", (cpu1 - cpu0) / 100.0);
            s.put("peak_rss_mb_during", rss.peakKb / 1024.0);
            s.put("peak_threads_during", rss.peakThreads);
            if (level.get("direct") instanceof Map<?, ?> d) {
                s.put("added_gap_p99_ms_vs_direct", round((Double) s.get("gap_p99_ms") - (Double) d.get("gap_p99_ms")));
                s.put("added_lateness_p99_ms_vs_direct",
                        round((Double) s.get("lateness_p99_ms") - (Double) d.get("lateness_p99_ms")));
            }
            s.put("added_gap_p99_ms_vs_20ms", round((Double) s.get("gap_p99_ms") - 20.0));
            level.put("switchboard", s);
            open.put(String.valueOf(n), level);
        }
        Map<String, Object> process = new LinkedHashMap<>();
        process.put("jvm_options", sbJvm);
        process.put("startup_seconds", round(startupSeconds));
        process.put("peak_rss_mb_whole_run", vmHwmKb(sb.pid()) / 1024.0);
        process.put("open_files_limit", openFilesLimit(sb.pid()));

        // graceful stop: SIGTERM flushes the usage queue; then count the rows
        long stopAt = System.nanoTime();
        sb.destroy();
        boolean exited = sb.waitFor(60, TimeUnit.SECONDS);
        process.put("sigterm_exit_code", exited ? sb.exitValue() : null);
        process.put("sigterm_stop_seconds", round((System.nanoTime() - stopAt) / 1e9));
        process.putAll(gcFigures(work.resolve("gc.log")));
        process.put("out_of_memory_errors", countInLog("switchboard", "OutOfMemoryError"));
        process.put("dropped_usage_rows_logged", countInLog("switchboard", "usage row was dropped"));
        long rows = sqliteCount(db);
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("requests_sent_to_switchboard", sbAnswered.get());
        usage.put("chat_logs_rows", rows);
        usage.put("rows_lost", sbAnswered.get() - rows);
        log("usage rows: " + rows + " for " + sbAnswered.get() + " requests sent");

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("generated_at", OffsetDateTime.now().toString());
        results.put("machine", machine);
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("seconds_per_run", seconds);
        setup.put("warmup_seconds_per_run", warmup);
        setup.put("jit_warmup_seconds", jitWarm);
        setup.put("fast_reply", MockUpstream.FAST_CHUNKS + " content chunks + finish_reason chunk + [DONE], no delay");
        setup.put("slow_reply", streamChunks + " content chunks 20 ms apart, then finish_reason + [DONE]");
        setup.put("streams", java.util.Arrays.toString(streamLevels));
        setup.put("stream_ramp_seconds", ramp);
        setup.put("client", "deploy/bench/gateway/LoadClient.java: NIO, HTTP/1.1 keep-alive, " + SOURCE_IPS
                + " loopback source IPs; ttfb = request written -> first SSE data line; total -> end of response");
        setup.put("switchboard_channels", FAST_CHANNELS + " channels for model fast (rpm 100000 each), 1 for slow-" + streamChunks);
        setup.put("nginx", "nginx " + machine.get("nginx") + ", worker_processes auto, proxy_buffering off, HTTP/1.1 keepalive 256 to the mock");
        results.put("setup", setup);
        results.put("closed_loop", matrix);
        results.put("open_streams", open);
        results.put("switchboard_process", process);
        results.put("usage_rows", usage);
        results.put("targets", targets(matrix, open, process, usage));
        results.put("machine_after", Map.of("loadavg", read("/proc/loadavg").trim()));

        String json = Json.write(results);
        Files.writeString(out.resolve(opt("json", "results.json")), json + "\n");
        String md = Report.markdown(results);
        Path mdFile = out.resolve(opt("md", "RESULTS.md"));
        Report.writeGenerated(mdFile, md);
        System.out.println();
        System.out.println(md);
        log("wrote " + out.resolve(opt("json", "results.json")) + " and " + mdFile);
    }

    static String gapsText(LoadClient.Result r) {
        return String.format(Locale.ROOT, " gaps p50=%.3f p99=%.3f max=%.3f ms", r.gaps.pctMs(50), r.gaps.pctMs(99), r.gaps.maxMs());
    }

    LoadClient client(int port, String body) {
        return new LoadClient("127.0.0.1", port, "/v1/chat/completions", body, "", 1, SOURCE_IPS);
    }

    static Map<String, Object> figures(LoadClient.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requests_per_second", round(r.okInWindow.get() / r.seconds));
        m.put("ok", r.ok.get());
        m.put("errors", r.errors.get());
        if (r.firstError != null) {
            m.put("first_error", r.firstError);
        }
        m.put("ttfb_p50_ms", round(r.ttfb.pctMs(50)));
        m.put("ttfb_p99_ms", round(r.ttfb.pctMs(99)));
        m.put("total_p50_ms", round(r.total.pctMs(50)));
        m.put("total_p99_ms", round(r.total.pctMs(99)));
        return m;
    }

    static Map<String, Object> streamFigures(LoadClient.Result r) {
        Map<String, Object> m = figures(r);
        m.remove("requests_per_second");
        m.put("peak_open_streams", r.peakOpen.get());
        m.put("gap_samples", r.gaps.size());
        m.put("gap_p50_ms", round(r.gaps.pctMs(50)));
        m.put("gap_p99_ms", round(r.gaps.pctMs(99)));
        m.put("gap_p999_ms", round(r.gaps.pctMs(99.9)));
        m.put("gap_max_ms", round(r.gaps.maxMs()));
        m.put("lateness_p50_ms", round(r.lateness.pctMs(50)));
        m.put("lateness_p99_ms", round(r.lateness.pctMs(99)));
        m.put("lateness_max_ms", round(r.lateness.maxMs()));
        m.put("wall_seconds", round(r.seconds));
        return m;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> ratios(Map<String, Object> row) {
        Map<String, Object> s = (Map<String, Object>) row.get("switchboard");
        Map<String, Object> n = (Map<String, Object>) row.get("nginx");
        Map<String, Object> d = (Map<String, Object>) row.get("direct");
        Map<String, Object> r = new LinkedHashMap<>();
        for (String k : List.of("requests_per_second", "ttfb_p50_ms", "ttfb_p99_ms", "total_p50_ms", "total_p99_ms")) {
            r.put("switchboard/nginx " + k, ratio(s.get(k), n.get(k)));
            r.put("switchboard/direct " + k, ratio(s.get(k), d.get(k)));
        }
        r.put("switchboard-direct total_p50_ms", round((Double) s.get("total_p50_ms") - (Double) d.get("total_p50_ms")));
        r.put("nginx-direct total_p50_ms", round((Double) n.get("total_p50_ms") - (Double) d.get("total_p50_ms")));
        r.put("switchboard-direct ttfb_p50_ms", round((Double) s.get("ttfb_p50_ms") - (Double) d.get("ttfb_p50_ms")));
        r.put("nginx-direct ttfb_p50_ms", round((Double) n.get("ttfb_p50_ms") - (Double) d.get("ttfb_p50_ms")));
        return r;
    }

    static Object ratio(Object a, Object b) {
        double x = (Double) a;
        double y = (Double) b;
        return y == 0 ? null : Math.round(x / y * 1000) / 1000.0;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> targets(Map<String, Object> matrix, Map<String, Object> open, Map<String, Object> process,
                                       Map<String, Object> usage) {
        Map<String, Object> t = new LinkedHashMap<>();
        Map<String, Object> c1 = (Map<String, Object>) matrix.get("c1");
        Map<String, Object> c64 = (Map<String, Object>) matrix.get("c64");
        if (c1 != null) {
            double v = (Double) ((Map<String, Object>) c1.get("ratios")).get("switchboard-direct total_p50_ms");
            t.put("sequential_overhead_ms (<= 0.5)", target(v, v <= 0.5));
        }
        if (c64 != null) {
            Map<String, Object> r = (Map<String, Object>) c64.get("ratios");
            double v = (Double) r.get("switchboard/nginx requests_per_second");
            t.put("throughput_vs_nginx_c64 (>= 0.8)", target(v, v >= 0.8));
            double ttfb = (Double) r.get("switchboard-direct ttfb_p50_ms");
            t.put("added_ttfb_p50_ms_c64 (<= 2)", target(ttfb, ttfb <= 2));
        }
        Map<String, Object> largest = null;
        String n = "";
        for (Map.Entry<String, Object> level : open.entrySet()) {
            largest = (Map<String, Object>) level.getValue();
            n = level.getKey();
        }
        Map<String, Object> s = largest == null ? null : (Map<String, Object>) largest.get("switchboard");
        if (s != null) {
            long errors = (Long) s.get("errors");
            t.put("streams_errors at " + n + " streams (== 0)", target(errors, errors == 0));
            Object heap = process.get("gc_heap_peak_mb");
            long oom = (Long) process.get("out_of_memory_errors");
            t.put("heap_mb, -Xmx512m held without OutOfMemoryError (<= 512)",
                    target(heap, heap instanceof Double h && h <= 512 && oom == 0));
            // Gaps read 0 for lines that arrive bunched together, so the delay is judged by lateness:
            // how far behind its 20 ms timeline each line arrives, Switchboard minus the direct baseline.
            Object late = s.containsKey("added_lateness_p99_ms_vs_direct") ? s.get("added_lateness_p99_ms_vs_direct")
                    : s.get("lateness_p99_ms");
            t.put("added_p99_chunk_delay_ms at " + n + " streams, lateness vs direct (<= 20)", target(late, (Double) late <= 20));
        }
        long lost = (Long) usage.get("rows_lost");
        t.put("usage_rows_lost (== 0)", target(lost, lost == 0));
        return t;
    }

    static Map<String, Object> target(Object value, boolean met) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", value);
        m.put("met", met);
        return m;
    }

    static double round(double v) {
        return Double.isNaN(v) ? Double.NaN : Math.round(v * 1000) / 1000.0;
    }

    // ---- processes

    Process start(String name, List<String> cmd, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(work.resolve(name + ".log").toFile());
        Process p = pb.start();
        started.add(0, p);
        log("started " + name + " (pid " + p.pid() + ")");
        return p;
    }

    synchronized void stopAll() {
        for (Process p : started) {
            if (p.isAlive()) {
                p.destroy();
                try {
                    if (!p.waitFor(20, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                }
            }
        }
        started.clear();
        if (work != null) {
            try {
                Files.deleteIfExists(work.resolve("app.jar"));
            } catch (IOException ignored) {
                // a temp file
            }
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Distinct free ports below the ephemeral range (32768+), so that none of the thousands of outgoing
     * connections a run opens can take one between its choice here and the server binding it.
     */
    static int[] freePorts(int n) {
        java.util.Random random = new java.util.Random();
        int[] ports = new int[n];
        for (int i = 0; i < n; ) {
            int port = 20_000 + random.nextInt(12_000);
            boolean taken = false;
            for (int j = 0; j < i; j++) {
                taken |= ports[j] == port;
            }
            if (!taken && free(port)) {
                ports[i++] = port;
            }
        }
        return ports;
    }

    static boolean free(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new java.net.InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void waitForPort(int port, int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nothing listens on port " + port);
    }

    static void waitForHealth(int port, int seconds) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Switchboard did not come up");
    }

    void configure(int sbPort, int mockPort, int streamChunks) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + sbPort;
        String login = call(http, "POST", base + "/api/auth/admin/login", null,
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(login);
        if (!m.find()) {
            throw new IllegalStateException("admin login failed: " + login);
        }
        String token = m.group(1);
        String upstream = "http://127.0.0.1:" + mockPort + "/v1";
        for (int i = 1; i <= FAST_CHANNELS; i++) {
            call(http, "POST", base + "/api/admin/channels", token, "{\"name\":\"mock-fast-" + i + "\",\"base_url\":\""
                    + upstream + "\",\"api_key\":\"sk-bench-" + i + "\",\"model_id\":\"fast\",\"rpm_limit\":100000,\"is_enabled\":true}");
        }
        call(http, "POST", base + "/api/admin/channels", token, "{\"name\":\"mock-slow\",\"base_url\":\"" + upstream
                + "\",\"api_key\":\"sk-bench-slow\",\"model_id\":\"slow-" + streamChunks + "\",\"rpm_limit\":100000,\"is_enabled\":true}");
        call(http, "PUT", base + "/api/admin/config", token,
                "{\"guest_rpm\":100000,\"user_rpm\":100000,\"log_retention_days\":90}");
        log("configured " + (FAST_CHANNELS + 1) + " channels and limits");
    }

    static String call(HttpClient http, String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + url + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    Path nginxConfig(int port, int mockPort) throws IOException {
        Path dir = work.resolve("nginx");
        Files.createDirectories(dir.resolve("logs"));
        String conf = """
                daemon off;
                worker_processes auto;
                worker_rlimit_nofile 20000;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 9000; multi_accept on; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  keepalive_requests 10000000;
                  upstream mock { server 127.0.0.1:%3$d; keepalive 256; keepalive_requests 10000000; }
                  server {
                    listen 127.0.0.1:%2$d backlog=4096;
                    location / {
                      proxy_pass http://mock;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_buffering off;
                      proxy_request_buffering off;
                    }
                  }
                }
                """.formatted(dir, port, mockPort);
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        return file;
    }

    // ---- measurements of the machine and the process

    static Map<String, Object> machine() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        String cpuinfo = read("/proc/cpuinfo");
        Matcher model = Pattern.compile("model name\\s*:\\s*(.*)").matcher(cpuinfo);
        m.put("cpu_model", model.find() ? model.group(1).trim() : "unknown");
        Matcher mem = Pattern.compile("MemTotal:\\s*(\\d+)").matcher(read("/proc/meminfo"));
        m.put("memory_gb", mem.find() ? Math.round(Long.parseLong(mem.group(1)) / 1024.0 / 1024.0 * 10) / 10.0 : null);
        m.put("kernel", read("/proc/sys/kernel/osrelease").trim());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("nginx", exec("nginx", "-v").replace("nginx version:", "").trim());
        m.put("loadavg_before", read("/proc/loadavg").trim());
        m.put("open_files_limit_per_process", exec("sh", "-c", "ulimit -n").trim());
        return m;
    }

    static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }

    static String exec(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return s;
        } catch (Exception e) {
            return "";
        }
    }

    static long cpuTicks(long pid) {
        String stat = read("/proc/" + pid + "/stat");
        if (stat.isEmpty()) {
            return 0;
        }
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    static long vmHwmKb(long pid) {
        Matcher m = Pattern.compile("VmHWM:\\s*(\\d+)").matcher(read("/proc/" + pid + "/status"));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static String openFilesLimit(long pid) {
        Matcher m = Pattern.compile("Max open files\\s+(\\d+)").matcher(read("/proc/" + pid + "/limits"));
        return m.find() ? m.group(1) : "unknown";
    }

    static final class RssSampler extends Thread {
        final long pid;
        volatile boolean running = true;
        volatile long peakKb;
        volatile long peakThreads;

        RssSampler(long pid) {
            this.pid = pid;
            setDaemon(true);
        }

        @Override
        public void run() {
            Pattern rss = Pattern.compile("VmRSS:\\s*(\\d+)");
            Pattern threads = Pattern.compile("Threads:\\s*(\\d+)");
            while (running) {
                String s = read("/proc/" + pid + "/status");
                Matcher m = rss.matcher(s);
                if (m.find()) {
                    peakKb = Math.max(peakKb, Long.parseLong(m.group(1)));
                }
                Matcher t = threads.matcher(s);
                if (t.find()) {
                    peakThreads = Math.max(peakThreads, Long.parseLong(t.group(1)));
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }
    }

    /** Peak heap occupancy (before a collection) and heap size, from -Xlog:gc lines like "120M->40M(512M)". */
    static Map<String, Object> gcFigures(Path gcLog) {
        Map<String, Object> m = new LinkedHashMap<>();
        Pattern p = Pattern.compile("Pause.*?(\\d+)M->(\\d+)M\\((\\d+)M\\)\\s+([\\d.]+)ms");
        long peak = 0;
        long committed = 0;
        long pauses = 0;
        double maxPause = 0;
        double totalPause = 0;
        for (String line : read(gcLog.toString()).split("\n")) {
            Matcher x = p.matcher(line);
            if (x.find()) {
                peak = Math.max(peak, Long.parseLong(x.group(1)));
                committed = Math.max(committed, Long.parseLong(x.group(3)));
                double ms = Double.parseDouble(x.group(4));
                maxPause = Math.max(maxPause, ms);
                totalPause += ms;
                pauses++;
            }
        }
        m.put("gc_heap_peak_mb", (double) peak);
        m.put("gc_heap_committed_max_mb", (double) committed);
        m.put("gc_pauses", pauses);
        m.put("gc_pause_max_ms", round(maxPause));
        m.put("gc_pause_total_ms", round(totalPause));
        return m;
    }

    long countInLog(String name, String needle) {
        String s = read(work.resolve(name + ".log").toString());
        long n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static long sqliteCount(Path db) {
        String s = exec("sqlite3", db.toString(), "select count(*) from chat_logs;").trim();
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("sqlite3 said: " + s);
        }
    }

    static void log(String s) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + s);
        System.out.flush();
    }
}
