package dev.switchboard.application.policy.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.domain.channel.BaseUrl;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.channel.ChannelType;
import dev.switchboard.domain.channel.ReasoningSetting;
import dev.switchboard.domain.channel.SealedSecret;
import dev.switchboard.domain.channel.UpstreamProfile;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelChoicePolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-04T00:00:00Z");

    static Channel channel(long id, int priority, int weight) {
        return new Channel(new ChannelId(id), "c" + id, new BaseUrl("https://api.example.com/v1"),
                new SealedSecret("v1:x"), "sk-…abcd", "m", 60, true, NOW, NOW,
                new UpstreamProfile(ChannelType.OPENAI, null, ReasoningSetting.AUTO, null, false, priority, weight));
    }

    @Test
    void picksWithinAPriorityInProportionToTheWeightsWithinThreePercent() {
        List<Channel> channels = List.of(channel(1, 0, 1), channel(2, 0, 3), channel(3, 0, 6));
        Random random = new Random(42);
        Map<Long, Integer> firsts = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            Channel first = ChannelChoicePolicy.order(channels, c -> false, random).get(0);
            firsts.merge(first.id().value(), 1, Integer::sum);
        }
        assertEquals(0.10, firsts.get(1L) / 10_000.0, 0.03);
        assertEquals(0.30, firsts.get(2L) / 10_000.0, 0.03);
        assertEquals(0.60, firsts.get(3L) / 10_000.0, 0.03);
    }

    @Test
    void triesEveryChannelOfAHigherPriorityBeforeAnyOfALowerOne() {
        List<Channel> channels = List.of(channel(1, 0, 100), channel(2, 10, 1), channel(3, 10, 1), channel(4, -5, 50));
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            List<Long> order = ids(ChannelChoicePolicy.order(channels, c -> false, random));
            assertEquals(Set.of(2L, 3L), Set.copyOf(order.subList(0, 2)));
            assertEquals(List.of(1L, 4L), order.subList(2, 4));
        }
    }

    @Test
    void neverListsAChannelTwiceSoNoRequestTriesOneAgain() {
        List<Channel> channels = List.of(channel(1, 0, 5), channel(2, 0, 5), channel(3, 1, 5), channel(4, 0, 100));
        Random random = new Random(1);
        for (int i = 0; i < 500; i++) {
            List<Long> order = ids(ChannelChoicePolicy.order(channels, c -> false, random));
            assertEquals(4, order.size());
            assertEquals(4, new HashSet<>(order).size());
        }
    }

    @Test
    void leavesOutChannelsThatAreCoolingDownOrTakenOut() {
        List<Channel> channels = List.of(channel(1, 5, 1), channel(2, 0, 1), channel(3, 0, 1));
        Set<Long> cooling = Set.of(1L, 3L);
        List<Long> order = ids(ChannelChoicePolicy.order(channels, c -> cooling.contains(c.id().value()), new Random(3)));
        assertEquals(List.of(2L), order);
        assertTrue(ChannelChoicePolicy.order(channels, c -> true, new Random(3)).isEmpty());
    }

    @Test
    void theSameSeedGivesTheSameOrder() {
        List<Channel> channels = List.of(channel(1, 0, 2), channel(2, 0, 3), channel(3, 0, 4));
        assertEquals(ids(ChannelChoicePolicy.order(channels, c -> false, new Random(99))),
                ids(ChannelChoicePolicy.order(channels, c -> false, new Random(99))));
    }

    private static List<Long> ids(List<Channel> channels) {
        return channels.stream().map(c -> c.id().value()).toList();
    }
}
