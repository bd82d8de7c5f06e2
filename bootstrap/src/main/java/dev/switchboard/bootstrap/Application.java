package dev.switchboard.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

/** Starts Switchboard: one process serving the chat, the gateway API and the admin console. */
public final class Application {

    /** Set by the build's class-data-sharing training run: start fully, then exit so the JVM dumps its archive. */
    static final String TRAINING_RUN = "switchboard.cds-training";

    private Application() {
    }

    public static void main(String[] args) {
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(CorsSettings.fromEnvironment(System.getenv("CORS_ORIGINS")))
                .start();
        if (Boolean.getBoolean(TRAINING_RUN)) {
            context.close();
            System.exit(0);
        }
        GracefulShutdown.onSigterm(context);
    }
}
