package dev.switchboard.application.port.in.chat;

import java.util.List;

/** Query: the distinct models served by enabled channels. */
public interface ListModelsQuery {

    List<ModelInfo> models();
}
