package dev.switchboard.adapter.persistence.health;

import dev.switchboard.adapter.persistence.support.PooledConnections;
import dev.switchboard.application.port.out.health.ReadinessCheck;
import jakarta.inject.Singleton;
import java.sql.Statement;

/** Ready when a pooled connection answers {@code SELECT 1} within 2 seconds. */
@Singleton
class DatabaseReadiness implements ReadinessCheck {

    private final PooledConnections connections;

    DatabaseReadiness(PooledConnections connections) {
        this.connections = connections;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean ready() {
        try {
            return connections.read(c -> {
                try (Statement statement = c.createStatement()) {
                    statement.setQueryTimeout(2);
                    return statement.execute("SELECT 1");
                }
            });
        } catch (RuntimeException e) {
            return false;
        }
    }
}
