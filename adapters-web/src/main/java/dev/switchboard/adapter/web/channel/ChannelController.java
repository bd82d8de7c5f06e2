package dev.switchboard.adapter.web.channel;

import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.port.in.channel.ChannelHealthQuery;
import dev.switchboard.application.port.in.channel.ChannelTrafficQuery;
import dev.switchboard.application.port.in.channel.ManageChannelsUseCase;
import dev.switchboard.application.port.in.channel.TestChannelUseCase;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Admin CRUD of upstream channels, each shown with its calls in the last minute. */
@Controller("/api/admin/channels")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "admin")
class ChannelController {

    private final ManageChannelsUseCase channels;
    private final TestChannelUseCase tester;
    private final ChannelTrafficQuery traffic;
    private final ApiTime time;
    private final ChannelHealthQuery health;

    private final JsonBodies bodies;

    ChannelController(ManageChannelsUseCase channels, TestChannelUseCase tester, ChannelTrafficQuery traffic,
                      ApiTime time, JsonBodies bodies, ChannelHealthQuery health) {
        this.health = health;
        this.bodies = bodies;
        this.channels = channels;
        this.tester = tester;
        this.traffic = traffic;
        this.time = time;
    }

    @Get
    List<ChannelResponse> list() {
        return channels.list().stream().map(this::response).toList();
    }

    @Get("/{id}")
    ChannelResponse get(long id) {
        return response(channels.get(new ChannelId(id)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequestBody(content = @Content(schema = @Schema(implementation = ChannelRequest.class)))
    ChannelResponse create(@Body @Nullable byte[] body) {
        return response(channels.create(ChannelRequest.read(bodies.read(body)).toDraft()));
    }

    @Put("/{id}")
    @RequestBody(content = @Content(schema = @Schema(implementation = ChannelRequest.class)))
    ChannelResponse update(long id, @Body @Nullable byte[] body) {
        return response(channels.update(new ChannelId(id), ChannelRequest.read(bodies.read(body)).toDraft()));
    }

    @Post("/{id}/test")
    ChannelTestResponse test(long id) {
        return ChannelTestResponse.fromDomain(tester.test(new ChannelId(id)));
    }

    /** The channel's last failures, newest first (SPEC §13). */
    @Get("/{id}/errors")
    List<ChannelErrorResponse> errors(long id) {
        return health.recentErrors(new ChannelId(id)).stream().map(e -> ChannelErrorResponse.fromDomain(e, time))
                .toList();
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(long id) {
        channels.delete(new ChannelId(id));
    }

    private ChannelResponse response(Channel channel) {
        return ChannelResponse.fromDomain(channel, traffic.callsLastMinute(channel.id()), health.condition(channel),
                time);
    }
}
