package dev.switchboard.adapter.persistence.channel;

import dev.switchboard.domain.channel.BaseUrl;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.channel.ChannelPrices;
import dev.switchboard.domain.channel.ChannelType;
import dev.switchboard.domain.channel.ReasoningSetting;
import dev.switchboard.domain.channel.SealedSecret;
import dev.switchboard.domain.channel.UpstreamProfile;
import jakarta.inject.Singleton;
import java.math.BigDecimal;

/** Maps channel rows to the domain and back; the profile's columns sit flat in the row. */
@Singleton
class ChannelMapper {

    Channel toDomain(ChannelRow row) {
        return new Channel(row.id() == null ? null : new ChannelId(row.id()), row.name(), new BaseUrl(row.baseUrl()),
                new SealedSecret(row.apiKeyCipher()), row.apiKeyMask(), row.modelId(), row.rpmLimit(), row.enabled(),
                row.createdAt(), row.updatedAt(),
                new UpstreamProfile(ChannelType.parse(row.type()), row.upstreamModel(),
                        ReasoningSetting.parse(row.reasoning()), row.contextWindow(), row.vision(), row.priority(),
                        row.weight()),
                new ChannelPrices(decimal(row.inputPrice()), decimal(row.outputPrice()),
                        decimal(row.cachedInputPrice())));
    }

    ChannelRow toRow(Channel c) {
        UpstreamProfile p = c.profile();
        return new ChannelRow(c.id() == null ? null : c.id().value(), c.name(), c.baseUrl().value(),
                c.apiKey().cipherText(), c.apiKeyMask(), c.modelId(), c.rpmLimit(), c.enabled(), c.createdAt(),
                c.updatedAt(), p.type().wireName(), p.upstreamModel(), p.reasoning().wireValue(), p.contextWindow(),
                p.vision(), p.priority(), p.weight(), text(c.prices().input()), text(c.prices().output()),
                text(c.prices().cachedInput()));
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text);
    }

    private static String text(BigDecimal price) {
        return price == null ? null : price.toPlainString();
    }
}
