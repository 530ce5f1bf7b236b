package org.preptable.gateway.live;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.vertx.core.streams.WriteStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A client's end of a hub feed that writes on its connection's own event loop. Vert.x 5 hands a write from any other
 * thread to the connection through a queue that reports itself full at 16 messages, whatever the configured byte
 * limit; on the event loop a write goes straight to the socket and "full" means the stream's write-queue limit
 * really is waiting. The hub runs on another thread, so every write is moved over. When the connection is full the
 * sink says so, takes nothing more, and wakes the hub once it has drained. What the hub sends in one batch is moved
 * over in one task at {@link #flush} ({@link #emitAll}), so a subclass can write it as one write.
 */
public abstract class LoopSink<E extends Journal.Entry, S extends WriteStream<?>> implements EventHub.Sink<E> {

    protected final S stream;
    private final Executor connectionLoop;
    private final Runnable onDrained;
    private final Runnable dropConnection;
    private volatile boolean full;
    private volatile boolean closed;
    /** Taken by {@link #send} since the last {@link #flush}; the hub's drain of the feed is its only user. */
    private List<E> pending = new ArrayList<>();

    protected LoopSink(S stream, Executor connectionLoop, Runnable onDrained, Runnable dropConnection) {
        this.stream = stream;
        this.connectionLoop = connectionLoop;
        this.onDrained = onDrained;
        this.dropConnection = dropConnection;
    }

    /** Writes one entry; runs on the connection's event loop. */
    protected abstract void emit(E entry);

    /** Writes entries the hub sent in one batch, oldest first; runs on the connection's event loop. */
    protected void emitAll(List<E> entries) {
        entries.forEach(this::emit);
    }

    /** Whether the connection is gone already (nothing more to write). */
    protected abstract boolean gone();

    @Override
    public boolean send(E entry) {
        if (full || closed) {
            return false;
        }
        synchronized (this) {
            pending.add(entry);
        }
        return true;
    }

    @Override
    public void flush() {
        List<E> batch;
        synchronized (this) {
            if (pending.isEmpty()) {
                return;
            }
            batch = pending;
            pending = new ArrayList<>();
        }
        write(s -> emitAll(batch));
    }

    @Override
    public boolean full() {
        return full;
    }

    /** Runs a write on the connection's event loop and notes when the connection's queue fills up. */
    protected void write(Consumer<S> action) {
        connectionLoop.execute(() -> {
            if (closed || gone()) {
                return;
            }
            action.accept(stream);
            if (!full && stream.writeQueueFull()) {
                full = true;
                stream.drainHandler(drained -> {
                    full = false;
                    onDrained.run();
                });
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        connectionLoop.execute(dropConnection);
    }

    /**
     * Closes a client's connection at once. Vert.x closes a connection only after everything queued has been written,
     * which a client that stopped reading never allows, and it does so for any close sent down the channel's
     * pipeline. So the close starts below Vert.x's handler, and with no linger the socket is reset and its kernel
     * buffers freed.
     */
    public static void reset(Channel channel) {
        if (channel.isOpen()) { // a client that went away already has nothing to reset (a linger would throw)
            channel.config().setOption(ChannelOption.SO_LINGER, 0);
            channel.pipeline().firstContext().close();
        }
    }
}
