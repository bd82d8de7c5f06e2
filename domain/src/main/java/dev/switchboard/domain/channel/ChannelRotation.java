package dev.switchboard.domain.channel;

import java.util.ArrayList;
import java.util.List;

/** Spreads load: the n-th request of a model starts at the n-th channel and wraps around (round robin). */
public final class ChannelRotation {

    private ChannelRotation() {
    }

    public static List<Channel> order(List<Channel> eligible, long turn) {
        int size = eligible.size();
        if (size <= 1) {
            return List.copyOf(eligible);
        }
        int start = (int) Math.floorMod(turn, (long) size);
        List<Channel> ordered = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ordered.add(eligible.get((start + i) % size));
        }
        return ordered;
    }
}
