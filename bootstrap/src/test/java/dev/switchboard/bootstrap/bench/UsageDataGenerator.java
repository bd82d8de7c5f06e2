package dev.switchboard.bootstrap.bench;

import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageStatus;
import dev.switchboard.domain.user.UserId;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills a database with N realistic usage rows over the last D days, through the real {@link UsageLogWriter}
 * (so the rollups are maintained as in production): 2,000 users and 5,000 guest IPs with a long tail,
 * 8 models on 12 channels, busy office hours and quiet weekends, a few percent of failures.
 * Usage: {@code UsageDataGenerator <db-file | jdbc:postgresql://…?currentSchema=s> [rows=1000000] [days=90] [seed=42]};
 * see deploy/bench/ and {@link BenchDatabase}.
 */
public final class UsageDataGenerator {

    private static final String[] MODELS = {"gpt-4o", "gpt-4o-mini", "deepseek-r1", "deepseek-v3", "qwen-max",
            "claude-3-5-sonnet", "glm-4", "llama-3.1-70b"};
    private static final double[] MODEL_WEIGHTS = {0.22, 0.25, 0.15, 0.14, 0.09, 0.07, 0.05, 0.03};
    private static final String[] DOMAINS = {"example.com", "school.edu.cn", "corp.example.org", "qq.com", "163.com"};
    private static final double[] HOUR_WEIGHTS = {1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 2, 4, 6, 7, 7, 5, 6, 7, 7, 6, 5,
            4, 4, 4, 3.5, 3, 2};
    private static final int USERS = 2000;
    private static final int GUEST_IPS = 5000;
    private static final int BATCH = 1000;

    private UsageDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        BenchDatabase db = new BenchDatabase(args[0]);
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 90;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
        Map<String, Object> properties = db.properties();
        properties.put("switchboard.admin.password", "bench-admin-password");
        properties.put("switchboard.retention.initial-delay", "24h");
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            Clock clock = context.getBean(Clock.class);
            long started = System.nanoTime();
            long written = generate(context.getBean(UsageLogWriter.class), clock.instant(), clock.getZone(), rows, days,
                    new SplittableRandom(seed));
            System.out.printf("wrote %,d rows over %d days into %s in %.1f s%n", written, days,
                    db.postgres() ? "PostgreSQL" : db.target(), (System.nanoTime() - started) / 1e9);
            db.settle();
        }
    }

    static long generate(UsageLogWriter writer, Instant now, ZoneId zone, long rows, int days, SplittableRandom rnd) {
        LocalDate first = LocalDate.ofInstant(now, zone).minusDays(days - 1L);
        double[] dayWeights = new double[days];
        double total = 0;
        for (int d = 0; d < days; d++) {
            int dow = first.plusDays(d).getDayOfWeek().getValue();
            dayWeights[d] = (dow >= 6 ? 0.45 : 1.0) * (0.8 + 0.4 * rnd.nextDouble()) * (0.7 + 0.6 * d / days);
            total += dayWeights[d];
        }
        long generated = 0;
        long written = 0;
        List<UsageLogEntry> batch = new ArrayList<>(BATCH);
        for (int d = 0; d < days; d++) {
            long dayRows = d == days - 1 ? rows - generated : Math.min(rows - generated,
                    Math.round(rows * dayWeights[d] / total));
            Instant dayStart = first.plusDays(d).atStartOfDay(zone).toInstant();
            long dayLength = Math.min(Duration.ofDays(1).toMillis(), Duration.between(dayStart, now).toMillis());
            List<Instant> times = new ArrayList<>();
            while (times.size() < dayRows) {
                Instant t = dayStart.plus(Duration.ofHours(pick(HOUR_WEIGHTS, rnd))).plusMillis(rnd.nextLong(3_600_000L));
                // Today is not over: hours still to come are drawn again from the part that has passed.
                times.add(t.isBefore(now) ? t : dayStart.plusMillis(rnd.nextLong(Math.max(1, dayLength))));
            }
            generated += dayRows;
            times.sort(null);
            for (Instant t : times) {
                batch.add(entry(t, rnd));
                if (batch.size() == BATCH) {
                    writer.append(batch);
                    written += batch.size();
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            writer.append(batch);
            written += batch.size();
        }
        return written;
    }

    private static UsageLogEntry entry(Instant t, SplittableRandom rnd) {
        int model = pick(MODEL_WEIGHTS, rnd);
        long channel = 1 + model + (model < 4 && rnd.nextInt(3) == 0 ? 8 : 0);
        boolean signedIn = rnd.nextDouble() < 0.6;
        long user = 1 + (long) (USERS * Math.pow(rnd.nextDouble(), 2.5));
        int guest = (int) (GUEST_IPS * Math.pow(rnd.nextDouble(), 2));
        String ip = signedIn ? ipOfUser(user) : guestIp(guest);
        double r = rnd.nextDouble();
        UsageStatus status = r < 0.95 ? UsageStatus.OK : r < 0.97 ? UsageStatus.UPSTREAM_ERROR
                : r < 0.99 ? UsageStatus.CANCELLED : UsageStatus.NO_CAPACITY;
        int prompt = status == UsageStatus.NO_CAPACITY ? 0 : 20 + (int) Math.exp(rnd.nextDouble() * 8.5);
        int completion = status == UsageStatus.OK ? 10 + (int) Math.exp(rnd.nextDouble() * 7.5)
                : status == UsageStatus.CANCELLED ? rnd.nextInt(300) : 0;
        return new UsageLogEntry(null, t, ip, signedIn ? new UserId(user) : null,
                signedIn ? "user" + user + "@" + DOMAINS[(int) (user % DOMAINS.length)] : null,
                MODELS[model], status == UsageStatus.NO_CAPACITY ? null : new ChannelId(channel),
                status == UsageStatus.NO_CAPACITY ? null : "channel-" + channel, prompt, completion, status,
                status == UsageStatus.NO_CAPACITY ? 1 : 300 + rnd.nextInt(30_000));
    }

    private static String ipOfUser(long user) {
        return "10." + (user % 4) + "." + (user / 250) + "." + (user % 250 + 1);
    }

    private static String guestIp(int guest) {
        if (guest % 10 == 9) {
            return "2001:db8:" + Integer.toHexString(guest % 7) + "::" + Integer.toHexString(guest);
        }
        int[] prefixes = {101, 112, 180, 203, 36, 58, 117, 223};
        return prefixes[guest % prefixes.length] + "." + (guest / 200 % 256) + "." + (guest % 200) + "." + (guest % 97 + 1);
    }

    private static int pick(double[] weights, SplittableRandom rnd) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = rnd.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
