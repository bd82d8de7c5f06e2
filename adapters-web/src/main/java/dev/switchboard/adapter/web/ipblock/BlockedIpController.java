package dev.switchboard.adapter.web.ipblock;

import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.port.in.ipblock.BlockedAttemptsUseCase;
import dev.switchboard.application.port.in.ipblock.ManageBlockedIpsUseCase;
import dev.switchboard.domain.ipblock.BlockedIpId;
import io.micronaut.http.HttpStatus;
import dev.switchboard.adapter.web.support.JsonBodies;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Admin management of the IP blocklist and the record of refused attempts. */
@Controller("/api/admin/blocked-ips")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "admin")
class BlockedIpController {

    private final ManageBlockedIpsUseCase blocklist;
    private final BlockedAttemptsUseCase attempts;
    private final ApiTime time;

    private final JsonBodies bodies;

    BlockedIpController(ManageBlockedIpsUseCase blocklist, BlockedAttemptsUseCase attempts, ApiTime time, JsonBodies bodies) {
        this.bodies = bodies;
        this.blocklist = blocklist;
        this.attempts = attempts;
        this.time = time;
    }

    @Operation(summary = "Blocked addresses and CIDR ranges, newest first")
    @Get
    List<BlockedIpResponse> list() {
        return blocklist.list().stream().map(e -> BlockedIpResponse.fromDomain(e, time)).toList();
    }

    @Operation(summary = "Block an IPv4/IPv6 address or CIDR range (e.g. 192.168.1.0/24); 409 if already blocked")
    @Post
    @Status(HttpStatus.CREATED)
    @RequestBody(content = @Content(schema = @Schema(implementation = BlockedIpRequest.class)))
    BlockedIpResponse block(@Body @Nullable byte[] body) {
        BlockedIpRequest request = BlockedIpRequest.read(bodies.read(body));
        return BlockedIpResponse.fromDomain(blocklist.block(request.ipAddress(), request.reason()), time);
    }

    @Operation(summary = "Remove a blocklist entry")
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void unblock(long id) {
        blocklist.unblock(new BlockedIpId(id));
    }

    @Operation(summary = "Requests refused because their IP was blocked, one row per IP, path, rule and minute with "
            + "their count, newest first; page from 1, size up to 500")
    @Get("/attempts")
    AttemptPageResponse attempts(@QueryValue(defaultValue = "1") int page, @QueryValue(defaultValue = "50") int size) {
        return AttemptPageResponse.fromDomain(attempts.list(page, size), time);
    }
}
