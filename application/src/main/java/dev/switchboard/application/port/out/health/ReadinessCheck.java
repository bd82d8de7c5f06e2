package dev.switchboard.application.port.out.health;

/**
 * One thing this instance needs to take traffic (the database, Redis when configured, not shutting down);
 * {@code /health/readiness} asks them all. May block briefly (each check bounds its own wait).
 */
public interface ReadinessCheck {

    /** Short name shown in the readiness answer, e.g. {@code "database"}. */
    String name();

    boolean ready();
}
