package dev.switchboard.bootstrap.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the admin's usage endpoints over HTTP against a generated database (see UsageDataGenerator):
 * log pages with typical filters, statistics, and a full CSV export. Server and client share this JVM,
 * so running it with {@code -Xmx256m} caps both. Prints a Markdown table for deploy/bench/RESULTS.md.
 * Usage: {@code UsageBenchmark <db-file | jdbc:postgresql://…?currentSchema=s> [repetitions=30]} ({@link BenchDatabase}).
 */
public final class UsageBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private UsageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchDatabase db = new BenchDatabase(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Map<String, Object> properties = db.properties();
        properties.put("micronaut.server.port", -1);
        properties.put("switchboard.admin.password", "bench-admin-password");
        properties.put("switchboard.retention.initial-delay", "24h");
        properties.put("switchboard.sqlite.analyze-initial-delay", "0s");
        try (ApplicationContext context = Micronaut.build(new String[0]).properties(properties).banner(false).start()) {
            // Production refreshes SQLite's planner statistics soon after start-up; measure that steady state.
            Thread.sleep(5000);
            URI base = context.getBean(EmbeddedServer.class).getURI();
            String token = token(base);
            LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("page 1, no filter", "");
            pages.put("model, last 7 days", "model=deepseek-r1&start=" + today.minusDays(6) + "&end=" + today);
            pages.put("user (part of email)", "user=user12");
            pages.put("ip exact", "ip=10.1.0.2");
            pages.put("ip CIDR /16", "ip=" + enc("101.0.0.0/16"));
            pages.put("channel + status", "channel=3&status=upstream_error");
            pages.put("all filters combined", "start=" + today.minusDays(30) + "&end=" + today
                    + "&user=user1&ip=" + enc("10.0.0.0/8") + "&model=gpt-4o&status=ok");
            pages.put("page 200 of 50, no filter", "page=200");
            System.out.println("| request | median ms | p95 ms | max ms | total rows matched |");
            System.out.println("|---|---:|---:|---:|---:|");
            for (Map.Entry<String, String> p : pages.entrySet()) {
                time(p.getKey(), base.resolve("/api/admin/logs?" + p.getValue()), token, reps);
            }
            time("stats (default: this month)", base.resolve("/api/admin/stats"), token, reps);
            time("stats, model share over 90 days", base.resolve("/api/admin/stats?start=" + today.minusDays(89)
                    + "&end=" + today), token, reps);
            export(base, token);
        }
    }

    private static void time(String name, URI uri, String token, int reps) throws Exception {
        for (int i = 0; i < 5; i++) {
            get(uri, token);
        }
        long[] ms = new long[reps];
        String body = "";
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            body = get(uri, token);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        Matcher total = Pattern.compile("\"total\":(\\d+),\"page\"").matcher(body);
        System.out.printf("| %s | %d | %d | %d | %s |%n", name, ms[reps / 2], ms[(int) Math.ceil(reps * 0.95) - 1],
                ms[reps - 1], total.find() ? String.format("%,d", Long.parseLong(total.group(1))) : "–");
    }

    private static void export(URI base, String token) throws Exception {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long t = System.nanoTime();
        HttpResponse<InputStream> r = HTTP.send(request(base.resolve("/api/admin/logs/export"), token),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = r.body()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%nexport: status %d, %,d data rows, %,d bytes in %.1f s; max heap %d MB, peak heap used "
                        + "during export %d MB (sum of pool peaks)%n", r.statusCode(), lines - 1, bytes,
                (System.nanoTime() - t) / 1e9, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                peakHeap / (1024 * 1024));
    }

    private static String token(URI base) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/auth/admin/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"bench-admin-password\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("admin login failed: " + r.body());
        }
        return m.group(1);
    }

    private static String get(URI uri, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request(uri, token), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static HttpRequest request(URI uri, String token) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
