package dev.switchboard.application.service.chat;

import dev.switchboard.application.port.in.chat.ListModelsQuery;
import dev.switchboard.application.port.in.chat.ModelInfo;
import dev.switchboard.application.port.in.chat.Requester;
import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.application.service.quota.QuotaService;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.group.Group;
import dev.switchboard.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The models users can pick: one entry per distinct model id of the enabled channels, sorted by id; it takes
 * images when one of its channels does. A group member sees only the models of the group's list.
 */
public class ModelCatalogService implements ListModelsQuery {

    private final ChannelRepository channels;
    private final QuotaService groups;

    public ModelCatalogService(ChannelRepository channels) {
        this(channels, null);
    }

    /** @param groups tells a user's group (null: no groups) */
    public ModelCatalogService(ChannelRepository channels, QuotaService groups) {
        this.channels = channels;
        this.groups = groups;
    }

    @Override
    public List<ModelInfo> modelsFor(UserId user) {
        Group group = groups == null ? null : groups.groupOf(new Requester("0.0.0.0", user, null));
        return group == null ? models() : models().stream().filter(m -> group.allows(m.id())).toList();
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
