package dev.switchboard.application.service.chat;

import dev.switchboard.application.port.in.chat.ListModelsQuery;
import dev.switchboard.application.port.in.chat.ModelInfo;
import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.domain.channel.Channel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The models users can pick: one entry per distinct model id of the enabled channels, sorted by id; it takes
 * images when one of its channels does.
 */
public class ModelCatalogService implements ListModelsQuery {

    private final ChannelRepository channels;

    public ModelCatalogService(ChannelRepository channels) {
        this.channels = channels;
    }

    @Override
    public List<ModelInfo> models() {
        Map<String, ModelInfo> byId = new LinkedHashMap<>();
        channels.findAll().stream()
                .filter(Channel::enabled)
                .sorted(java.util.Comparator.comparing(Channel::modelId))
                .forEach(c -> byId.merge(c.modelId(), new ModelInfo(c.modelId(), c.modelId(), c.profile().vision()),
                        (a, b) -> a.vision() ? a : b));
        return List.copyOf(byId.values());
    }
}
