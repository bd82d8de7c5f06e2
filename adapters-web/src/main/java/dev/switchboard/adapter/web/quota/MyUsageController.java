package dev.switchboard.adapter.web.quota;

import dev.switchboard.adapter.web.security.Claims;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.port.in.quota.ViewMyUsageQuery;
import dev.switchboard.application.port.in.settings.ManageQuotaSettingsUseCase;
import dev.switchboard.domain.user.UserId;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in user's month: usage, quota and what is left (SPEC §14); answered from memory, on the event loop. */
@Controller("/api/me")
@Secured("USER")
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "me")
class MyUsageController {

    private final ViewMyUsageQuery usage;
    private final ManageQuotaSettingsUseCase settings;
    private final ApiTime time;

    MyUsageController(ViewMyUsageQuery usage, ManageQuotaSettingsUseCase settings, ApiTime time) {
        this.usage = usage;
        this.settings = settings;
        this.time = time;
    }

    @Operation(summary = "This month's calls, tokens and cost, the user's quota (group member quota, else the "
            + "settings' user quota; null = no limit) and what is left; with a JWT or an API key")
    @Get("/usage")
    MyUsageResponse usage(Authentication authentication) {
        return MyUsageResponse.fromDomain(usage.usage(new UserId(Claims.id(authentication))),
                settings.current().currency(), time);
    }
}
