package dev.switchboard.bootstrap;

import dev.switchboard.adapter.persistence.database.ExternalDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Starts Switchboard: one process serving the chat, the gateway API and the admin console. */
public final class Application {

    /** Set by the build's class-data-sharing training run: start fully, then exit so the JVM dumps its archive. */
    static final String TRAINING_RUN = "switchboard.cds-training";
    private static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private Application() {
    }

    public static void main(String[] args) {
        // One logging API: java.util.logging (JDK HttpClient, System.Logger users) goes through SLF4J/logback too.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        // With fewer than 2 threads in the common pool (any 2-core machine), CompletableFuture's default async
        // executor starts a new thread per task — and the JDK HttpClient completes every response through it:
        // one thread created per relayed chat. Two common-pool threads make it reuse them. Before any
        // ForkJoinPool use; an explicit -D wins.
        if (System.getProperty(COMMON_POOL_PARALLELISM) == null && Runtime.getRuntime().availableProcessors() <= 2) {
            System.setProperty(COMMON_POOL_PARALLELISM, "2");
        }
        environmentProblem().ifPresent(Application::refuseToStart);
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(CorsSettings.fromEnvironment(System.getenv("CORS_ORIGINS")))
                .properties(RedisSettings.fromEnvironment(System.getenv("REDIS_URL"), System.getenv("REDIS_TIMEOUT")))
                .start();
        if (Boolean.getBoolean(TRAINING_RUN)) {
            context.close();
            System.exit(0);
        }
        GracefulShutdown.onSigterm(context);
    }

    /** Configuration mistakes that would otherwise surface as a bean-creation stack trace. */
    private static Optional<String> environmentProblem() {
        String databaseUrl = System.getenv("DATABASE_URL");
        try {
            new ExternalDatabase(databaseUrl, null, null);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return SharedDatabaseSecrets.missing(databaseUrl, System.getenv("SECRET_KEY"), System.getenv("ENCRYPTION_KEY"));
    }

    private static void refuseToStart(String reason) {
        LoggerFactory.getLogger(Application.class).error("Cannot start: {}", reason);
        System.exit(2);
    }
}
