package dev.switchboard.adapter.persistence;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The application wires a clock in bootstrap; persistence tests need their own. */
@Factory
class TestClockFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
