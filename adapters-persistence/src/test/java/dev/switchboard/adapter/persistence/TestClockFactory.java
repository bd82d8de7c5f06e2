package dev.switchboard.adapter.persistence;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The application wires a clock in bootstrap; persistence tests need their own, in a zone that is not UTC. */
@Factory
class TestClockFactory {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Singleton
    Clock clock() {
        return Clock.system(ZONE);
    }
}
