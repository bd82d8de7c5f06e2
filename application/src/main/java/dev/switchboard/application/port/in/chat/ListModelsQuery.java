package dev.switchboard.application.port.in.chat;

import dev.switchboard.domain.user.UserId;
import java.util.List;

/** Query: the distinct models served by enabled channels. */
public interface ListModelsQuery {

    List<ModelInfo> models();

    /** The models a signed-in user may use: those of their group's list, when it has one (SPEC §14). */
    default List<ModelInfo> modelsFor(UserId user) {
        return models();
    }
}
