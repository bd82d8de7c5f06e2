package dev.switchboard.adapter.web.key;

import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.adapter.web.support.JsonBodies;
import dev.switchboard.adapter.web.support.PageResponse;
import dev.switchboard.application.port.in.auth.FindPrincipalQuery;
import dev.switchboard.application.port.in.auth.Principal;
import dev.switchboard.application.port.in.key.ManageApiKeysUseCase;
import dev.switchboard.application.port.out.key.ApiKeyPage;
import dev.switchboard.domain.key.ApiKey;
import dev.switchboard.domain.key.ApiKeyId;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.Map;

/** Every user's API keys for the admin: list (by user), change, revoke. */
@Controller("/api/admin/keys")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "admin")
class AdminKeyController {

    private final ManageApiKeysUseCase keys;
    private final FindPrincipalQuery principals;
    private final ApiTime time;
    private final JsonBodies bodies;

    AdminKeyController(ManageApiKeysUseCase keys, FindPrincipalQuery principals, ApiTime time, JsonBodies bodies) {
        this.keys = keys;
        this.principals = principals;
        this.time = time;
        this.bodies = bodies;
    }

    @Operation(summary = "Every key, newest first; ?user=<user id> for one user's keys")
    @Get
    PageResponse<AdminKeyResponse> list(@Nullable @QueryValue String user, @Nullable @QueryValue String page,
                                        @Nullable @QueryValue String size) {
        UserId owner = user == null || user.isBlank() ? null : new UserId(KeyBodies.id(user));
        ApiKeyPage found = keys.listAll(owner, KeyBodies.page(page, size));
        Map<Long, String> emails = new HashMap<>(); // one lookup per owner on the page, not per key
        return PageResponse.of(found.items().stream().map(k -> AdminKeyResponse.of(k,
                emails.computeIfAbsent(k.owner().value(), this::email), time)).toList(), found.total(), found.page(),
                found.size());
    }

    @Operation(summary = "Change any of {\"name\",\"enabled\",\"expires_at\",\"allowed_models\",\"allowed_cidrs\"} of any key")
    @Patch("/{id}")
    AdminKeyResponse change(@PathVariable String id, @Body @Nullable byte[] body) {
        return withOwner(keys.changeAny(new ApiKeyId(KeyBodies.id(id)), KeyBodies.change(bodies.read(body))));
    }

    @Operation(summary = "Revoke any key")
    @Delete("/{id}")
    HttpResponse<Void> revoke(@PathVariable String id) {
        keys.revokeAny(new ApiKeyId(KeyBodies.id(id)));
        return HttpResponse.noContent();
    }

    private AdminKeyResponse withOwner(ApiKey key) {
        return AdminKeyResponse.of(key, email(key.owner().value()), time);
    }

    private String email(long userId) {
        return principals.find(Role.USER, userId).map(Principal::name).orElse(null);
    }
}
