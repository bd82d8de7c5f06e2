package dev.switchboard.adapter.web.settings;

import dev.switchboard.application.port.in.settings.ManageHealthSettingsUseCase;
import dev.switchboard.application.port.in.settings.ManageQuotaSettingsUseCase;
import dev.switchboard.application.port.in.settings.ManageSettingsUseCase;
import dev.switchboard.adapter.web.support.JsonFields;
import dev.switchboard.domain.settings.QuotaSettings;
import dev.switchboard.domain.settings.HealthSettings;
import dev.switchboard.domain.settings.SystemSettings;
import dev.switchboard.adapter.web.support.JsonBodies;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Run-time settings: limits and log retention; a change applies to the next request. */
@Controller("/api/admin/config")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "admin")
class ConfigController {

    private final ManageSettingsUseCase settings;

    private final JsonBodies bodies;
    private final ManageHealthSettingsUseCase health;
    private final ManageQuotaSettingsUseCase quotas;

    ConfigController(ManageSettingsUseCase settings, JsonBodies bodies, ManageHealthSettingsUseCase health,
                     ManageQuotaSettingsUseCase quotas) {
        this.quotas = quotas;
        this.health = health;
        this.bodies = bodies;
        this.settings = settings;
    }

    @Get
    ConfigBody get() {
        return ConfigBody.fromDomain(settings.current(), health.current(), quotas.current());
    }

    @Put
    @RequestBody(content = @Content(schema = @Schema(implementation = ConfigBody.class)))
    ConfigBody update(@Body @Nullable byte[] body) {
        JsonFields fields = bodies.read(body);
        ConfigBody changes = ConfigBody.read(fields);
        // all validated before any is stored, so a bad value changes nothing
        SystemSettings limits = changes.mergeInto(settings.current());
        HealthSettings channelHealth = changes.mergeInto(health.current());
        QuotaSettings quota = changes.mergeInto(quotas.current(), fields);
        return ConfigBody.fromDomain(settings.update(limits), health.update(channelHealth), quotas.update(quota));
    }
}
