package dev.switchboard.adapter.upstream.openai;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import io.netty.util.concurrent.FastThreadLocal;

/**
 * Jackson's parse buffers, one set per thread held in Netty's {@link FastThreadLocal}: on an event loop that is an
 * indexed slot, where Jackson's default pool (a {@link ThreadLocal}) pays a hashed lookup — with misses, among the
 * many thread locals of the server's threads — for every streamed line. Like Jackson's own pool, buffers are
 * never handed back: a thread keeps its set.
 */
final class LoopLocalBuffers extends RecyclerPool.ThreadLocalPoolBase<BufferRecycler> {

    static final LoopLocalBuffers POOL = new LoopLocalBuffers();

    private static final long serialVersionUID = 1L;

    private static final FastThreadLocal<BufferRecycler> BUFFERS = new FastThreadLocal<>() {
        @Override
        protected BufferRecycler initialValue() {
            return new BufferRecycler();
        }
    };

    private LoopLocalBuffers() {
    }

    @Override
    public BufferRecycler acquirePooled() {
        return BUFFERS.get();
    }
}
