package dev.switchboard.adapter.web.user;

import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.adapter.web.support.JsonBodies;
import dev.switchboard.adapter.web.support.JsonFields;
import dev.switchboard.adapter.web.support.PageResponse;
import dev.switchboard.application.port.in.user.ManageUsersUseCase;
import dev.switchboard.application.port.in.user.UserSummaryPage;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.usage.PageRequest;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The admin's user management (SPEC §10, §17): list, create, enable/disable, reset password, delete. */
@Controller("/api/admin/users")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "admin")
class AdminUserController {

    private final ManageUsersUseCase users;
    private final ApiTime time;
    private final JsonBodies bodies;

    AdminUserController(ManageUsersUseCase users, ApiTime time, JsonBodies bodies) {
        this.users = users;
        this.time = time;
        this.bodies = bodies;
    }

    @Operation(summary = "Users whose e-mail contains ?q, by id, with this month's calls and tokens")
    @Get
    PageResponse<UserResponse> list(@Nullable @QueryValue String q, @Nullable @QueryValue String page,
                                    @Nullable @QueryValue String size) {
        UserSummaryPage found = users.search(q, new PageRequest(number("page", page, 1),
                number("size", size, PageRequest.DEFAULT_SIZE)));
        return PageResponse.of(found.items().stream().map(u -> UserResponse.fromDomain(u, time)).toList(),
                found.total(), found.page(), found.size());
    }

    @Operation(summary = "Create a user {\"email\",\"password\"}, whatever the registration mode")
    @Post
    HttpResponse<UserResponse> create(@Body @Nullable byte[] body) {
        JsonFields f = bodies.read(body);
        return HttpResponse.created(UserResponse.fromDomain(users.create(f.text("email"), f.text("password")), time));
    }

    @Operation(summary = "Change {\"enabled\",\"group_id\"}. Disabling ends every session and key call of the "
            + "user at once (403 account_disabled)")
    @Patch("/{id}")
    UserResponse update(@PathVariable String id, @Body @Nullable byte[] body) {
        JsonFields f = bodies.read(body);
        if (f.has("enabled") && f.bool("enabled") == null) {
            throw new InvalidInputException("enabled", "field 'enabled' must be true or false");
        }
        return UserResponse.fromDomain(users.update(userId(id), f.bool("enabled"), f.has("group_id"),
                f.number("group_id")), time);
    }

    @Operation(summary = "Set a new password {\"password\"} (8-128 characters); the user's sessions end")
    @Post("/{id}/password")
    HttpResponse<Void> resetPassword(@PathVariable String id, @Body @Nullable byte[] body) {
        users.resetPassword(userId(id), bodies.read(body).text("password"));
        return HttpResponse.noContent();
    }

    @Operation(summary = "Delete a user and their keys; their usage rows keep the e-mail")
    @Delete("/{id}")
    HttpResponse<Void> delete(@PathVariable String id) {
        users.delete(userId(id));
        return HttpResponse.noContent();
    }

    private static UserId userId(String text) {
        return new UserId(number("id", text, 0));
    }

    private static int number(String field, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(text.strip());
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return (int) n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a positive whole number");
        }
    }
}
