package dev.switchboard.application.service.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WriteBehindQueueTest {

    @Test
    void handsItemsToTheSinkInBatchesNoLargerThanTheBatchSize() throws Exception {
        List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        try (WriteBehindQueue<Integer> queue = new WriteBehindQueue<>("t", 1000, 50, batches::add)) {
            for (int i = 0; i < 500; i++) {
                assertTrue(queue.offer(i));
            }
            queue.flush();
        }
        assertEquals(500, batches.stream().mapToInt(List::size).sum());
        assertTrue(batches.stream().allMatch(b -> b.size() <= 50));
    }

    @Test
    void aFailingSinkLosesThatBatchButKeepsWorking() throws Exception {
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        try (WriteBehindQueue<Integer> queue = new WriteBehindQueue<>("t", 10, 1, batch -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database is down");
            }
            stored.addAndGet(batch.size());
        })) {
            queue.offer(1);
            queue.flush();
            queue.offer(2);
            queue.flush();
        }
        assertEquals(1, stored.get());
    }

    @Test
    void refusesItemsAfterClose() {
        WriteBehindQueue<Integer> queue = new WriteBehindQueue<>("t", 10, 1, batch -> { });
        queue.close();
        assertFalse(queue.offer(1));
        assertEquals(1, queue.dropped());
    }
}
