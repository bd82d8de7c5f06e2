package dev.switchboard.application.policy.routing;

import dev.switchboard.domain.channel.Channel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Policy: the order in which one request tries a model's channels (SPEC §13). Highest {@code priority} first;
 * within a priority, a weighted random order by {@code weight} (each place drawn among the channels left, in
 * proportion to their weights); channels to skip (cooling down, taken out by health) are left out. The relay
 * walks the order, passing over channels without room in their RPM window — the first with room is then a
 * weighted pick among those with room — and fails over to the next, so no channel is tried twice.
 */
public final class ChannelChoicePolicy {

    private ChannelChoicePolicy() {
    }

    public static List<Channel> order(List<Channel> candidates, Predicate<Channel> skip, RandomGenerator random) {
        Map<Integer, List<Channel>> tiers = new TreeMap<>(Comparator.reverseOrder());
        for (Channel channel : candidates) {
            if (!skip.test(channel)) {
                tiers.computeIfAbsent(channel.profile().priority(), p -> new ArrayList<>()).add(channel);
            }
        }
        List<Channel> ordered = new ArrayList<>(candidates.size());
        for (List<Channel> tier : tiers.values()) {
            ordered.addAll(weightedShuffle(tier, random));
        }
        return ordered;
    }

    private static List<Channel> weightedShuffle(List<Channel> tier, RandomGenerator random) {
        List<Channel> left = new ArrayList<>(tier);
        List<Channel> drawn = new ArrayList<>(tier.size());
        long total = left.stream().mapToLong(c -> c.profile().weight()).sum();
        while (!left.isEmpty()) {
            long ticket = random.nextLong(total);
            int i = 0;
            for (long seen = left.get(0).profile().weight(); seen <= ticket; seen += left.get(i).profile().weight()) {
                i++;
            }
            Channel pick = left.remove(i);
            total -= pick.profile().weight();
            drawn.add(pick);
        }
        return drawn;
    }
}
