package dev.switchboard.application.port.in.retention;

import dev.switchboard.domain.retention.RetentionRun;
import java.util.Optional;

/** Use case: delete usage rows and blocked attempts older than the retention setting. */
public interface RunRetentionUseCase {

    /** Applies the setting as it is now, in small batches, and records the run. */
    RetentionRun runNow();

    Optional<RetentionRun> lastRun();
}
