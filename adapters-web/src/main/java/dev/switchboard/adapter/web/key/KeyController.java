package dev.switchboard.adapter.web.key;

import dev.switchboard.adapter.web.security.Claims;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.adapter.web.support.JsonBodies;
import dev.switchboard.adapter.web.support.PageResponse;
import dev.switchboard.application.port.in.key.ManageApiKeysUseCase;
import dev.switchboard.application.port.out.key.ApiKeyPage;
import dev.switchboard.domain.key.ApiKeyId;
import dev.switchboard.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A signed-in user's own API keys (SPEC §10). Another user's key id is a 404, never a 403. */
@Controller("/api/keys")
@Secured("USER")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "keys")
class KeyController {

    private final ManageApiKeysUseCase keys;
    private final ApiTime time;
    private final JsonBodies bodies;

    KeyController(ManageApiKeysUseCase keys, ApiTime time, JsonBodies bodies) {
        this.keys = keys;
        this.time = time;
        this.bodies = bodies;
    }

    @Operation(summary = "Create a key {\"name\", \"expires_at\"?, \"allowed_models\"?, \"allowed_cidrs\"?}. "
            + "The answer is the only time the full key is shown. At most 50 keys per user (409 beyond)")
    @Post
    HttpResponse<CreatedKeyResponse> create(Authentication authentication, @Body @Nullable byte[] body) {
        return HttpResponse.created(CreatedKeyResponse.of(keys.create(owner(authentication),
                KeyBodies.draft(bodies.read(body))), time));
    }

    @Operation(summary = "The signed-in user's keys, newest first (never the key itself)")
    @Get
    PageResponse<KeyResponse> list(Authentication authentication, @Nullable @QueryValue String page,
                                   @Nullable @QueryValue String size) {
        ApiKeyPage found = keys.list(owner(authentication), KeyBodies.page(page, size));
        return PageResponse.of(found.items().stream().map(k -> KeyResponse.fromDomain(k, time)).toList(),
                found.total(), found.page(), found.size());
    }

    @Operation(summary = "Change any of {\"name\",\"enabled\",\"expires_at\",\"allowed_models\",\"allowed_cidrs\"}")
    @Patch("/{id}")
    KeyResponse change(Authentication authentication, @PathVariable String id, @Body @Nullable byte[] body) {
        return KeyResponse.fromDomain(keys.change(owner(authentication), new ApiKeyId(KeyBodies.id(id)),
                KeyBodies.change(bodies.read(body))), time);
    }

    @Operation(summary = "Revoke a key: the next request with it gets 401")
    @Delete("/{id}")
    HttpResponse<Void> revoke(Authentication authentication, @PathVariable String id) {
        keys.revoke(owner(authentication), new ApiKeyId(KeyBodies.id(id)));
        return HttpResponse.noContent();
    }

    private static UserId owner(Authentication authentication) {
        return new UserId(Claims.id(authentication));
    }
}
