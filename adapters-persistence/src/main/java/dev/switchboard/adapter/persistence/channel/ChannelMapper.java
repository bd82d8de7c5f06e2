package dev.switchboard.adapter.persistence.channel;

import dev.switchboard.domain.channel.BaseUrl;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.channel.SealedSecret;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps channel rows to the domain and back. */
@Mapper
interface ChannelMapper {

    @Mapping(target = "apiKey", source = "apiKeyCipher")
    Channel toDomain(ChannelRow row);

    @Mapping(target = "apiKeyCipher", source = "apiKey")
    ChannelRow toRow(Channel channel);

    default ChannelId channelId(Long id) {
        return id == null ? null : new ChannelId(id);
    }

    default Long channelId(ChannelId id) {
        return id == null ? null : id.value();
    }

    default BaseUrl baseUrl(String value) {
        return new BaseUrl(value);
    }

    default String baseUrl(BaseUrl url) {
        return url.value();
    }

    default SealedSecret sealed(String cipherText) {
        return new SealedSecret(cipherText);
    }

    default String sealed(SealedSecret secret) {
        return secret.cipherText();
    }
}
