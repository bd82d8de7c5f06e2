package dev.switchboard.application.port.in.channel;

import dev.switchboard.domain.channel.ChannelId;

/** Use case: send a tiny completion to one channel so the admin sees whether it works. */
public interface TestChannelUseCase {

    ChannelTestResult test(ChannelId id);
}
