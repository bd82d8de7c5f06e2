package dev.switchboard.adapter.web.health;

import dev.switchboard.application.port.out.health.ReadinessCheck;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orchestrator probes. Liveness: the process answers (restart it otherwise). Readiness: the database, Redis
 * when configured, and not shutting down — send it traffic. {@code /health} itself stays database-only, so
 * a Redis outage never looks like a dead instance.
 */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class ProbeController {

    private final List<ReadinessCheck> checks;

    ProbeController(List<ReadinessCheck> checks) {
        this.checks = checks;
    }

    @Get("/liveness")
    Map<String, String> liveness() {
        return Map.of("status", "UP");
    }

    @Get("/readiness")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Map<String, Object>> readiness() {
        Map<String, String> components = new LinkedHashMap<>();
        boolean ready = true;
        for (ReadinessCheck check : checks) {
            boolean up = check.ready();
            components.put(check.name(), up ? "UP" : "DOWN");
            ready &= up;
        }
        Map<String, Object> body = Map.of("status", ready ? "UP" : "DOWN", "components", components);
        return HttpResponse.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }
}
