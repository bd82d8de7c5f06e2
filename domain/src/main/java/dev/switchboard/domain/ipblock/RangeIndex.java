package dev.switchboard.domain.ipblock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * CIDR rules compiled for lookup in O(log n): CIDR ranges either nest or are disjoint, so keeping only the
 * outermost ranges, sorted by start, leaves disjoint intervals that one binary search answers. 10,000 rules
 * cost about 14 comparisons per lookup. Immutable; rebuild it when the rules change.
 */
public final class RangeIndex<T> {

    private final IpAddress[] starts;
    private final IpAddress[] ends;
    private final List<T> values;

    private RangeIndex(IpAddress[] starts, IpAddress[] ends, List<T> values) {
        this.starts = starts;
        this.ends = ends;
        this.values = values;
    }

    public static <T> RangeIndex<T> empty() {
        return new RangeIndex<>(new IpAddress[0], new IpAddress[0], List.of());
    }

    public static <T> RangeIndex<T> of(List<T> rules, Function<T, CidrRange> rangeOf) {
        List<Map.Entry<CidrRange, T>> sorted = new ArrayList<>();
        rules.forEach(rule -> sorted.add(Map.entry(rangeOf.apply(rule), rule)));
        sorted.sort(Comparator.<Map.Entry<CidrRange, T>, IpAddress>comparing(e -> e.getKey().first(), IpAddress::compareTo)
                .thenComparingInt(e -> e.getKey().prefix()));
        List<IpAddress> starts = new ArrayList<>();
        List<IpAddress> ends = new ArrayList<>();
        List<T> values = new ArrayList<>();
        for (Map.Entry<CidrRange, T> e : sorted) {
            int last = ends.size() - 1;
            if (last >= 0 && e.getKey().first().compareTo(ends.get(last)) <= 0) {
                continue; // nested inside the previous outermost range: already covered
            }
            starts.add(e.getKey().first());
            ends.add(e.getKey().last());
            values.add(e.getValue());
        }
        return new RangeIndex<>(starts.toArray(IpAddress[]::new), ends.toArray(IpAddress[]::new), List.copyOf(values));
    }

    /** The (outermost) rule whose range holds the address, if any. */
    public Optional<T> find(IpAddress address) {
        int lo = 0;
        int hi = starts.length - 1;
        int candidate = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid].compareTo(address) <= 0) {
                candidate = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return candidate >= 0 && address.compareTo(ends[candidate]) <= 0
                ? Optional.of(values.get(candidate)) : Optional.empty();
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }
}
