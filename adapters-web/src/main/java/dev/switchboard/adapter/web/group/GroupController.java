package dev.switchboard.adapter.web.group;

import dev.switchboard.adapter.web.support.JsonBodies;
import dev.switchboard.adapter.web.support.PageResponse;
import dev.switchboard.application.port.in.group.ManageGroupsUseCase;
import dev.switchboard.domain.group.Group;
import dev.switchboard.domain.group.GroupId;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.usage.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The admin's user groups (SPEC §14): paged list, create, edit, delete (members leave the group). */
@Controller("/api/admin/groups")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "admin")
class GroupController {

    private final ManageGroupsUseCase groups;
    private final JsonBodies bodies;

    GroupController(ManageGroupsUseCase groups, JsonBodies bodies) {
        this.groups = groups;
        this.bodies = bodies;
    }

    @Operation(summary = "Groups by id, paged like every growing list: {\"items\",\"total\",\"page\",\"size\"}")
    @Get
    PageResponse<GroupResponse> list(@Nullable @QueryValue String page, @Nullable @QueryValue String size) {
        PageRequest request = new PageRequest(number("page", page, 1), number("size", size, PageRequest.DEFAULT_SIZE));
        List<Group> all = groups.list();
        int from = (int) Math.min(all.size(), (long) (request.page() - 1) * request.size());
        int to = Math.min(all.size(), from + request.size());
        return PageResponse.of(all.subList(from, to).stream().map(GroupResponse::fromDomain).toList(), all.size(),
                request.page(), request.size());
    }

    @Get("/{id}")
    GroupResponse get(long id) {
        return GroupResponse.fromDomain(groups.get(new GroupId(id)));
    }

    @Operation(summary = "Create {\"name\",\"rpm\",\"allowed_models\",\"monthly_token_quota\",\"monthly_cost_quota\","
            + "\"member_monthly_token_quota\",\"member_monthly_cost_quota\"}; a taken name: 409 conflict")
    @Post
    @Status(HttpStatus.CREATED)
    GroupResponse create(@Body @Nullable byte[] body) {
        return GroupResponse.fromDomain(groups.create(GroupBody.read(bodies.read(body), null)));
    }

    @Operation(summary = "Edit a group: omitted fields keep their value, null removes a limit")
    @Put("/{id}")
    GroupResponse update(long id, @Body @Nullable byte[] body) {
        GroupId groupId = new GroupId(id);
        Group stored = groups.get(groupId);
        return GroupResponse.fromDomain(groups.update(groupId, GroupBody.read(bodies.read(body), stored)));
    }

    @Operation(summary = "Delete a group; its members keep their accounts and leave the group")
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(long id) {
        groups.delete(new GroupId(id));
    }

    private static int number(String field, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a positive whole number");
        }
    }
}
