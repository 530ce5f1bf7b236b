package org.preptable.gateway.live;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.internal.http.HttpServerRequestInternal;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Params;

/**
 * Server-Sent Events over an {@link EventHub} feed, shared by the kitchen display's location streams and the
 * kitchen-planning notification stream: {@code id:} is the entry's sequence number, {@code Last-Event-ID} (header,
 * or a query parameter for a browser EventSource's first connect) resumes after it, a comment heartbeat keeps
 * proxies and clients sure the stream is alive. A client that cannot keep up is paused rather than allowed to hold
 * memory, and goes on from where it was when its connection drains; one that takes nothing for the hub's stall
 * limit is disconnected and resumes by its id.
 */
public final class SseStreams {

    /** Bytes a client may have waiting before it is sent nothing more until it drains: a few hundred events. */
    public static final int MAX_QUEUED_BYTES = 1024 * 1024;

    private SseStreams() {
    }

    /** Answers the request with a stream of the feed, from {@code lastSeen} (null: from now). */
    public static <E extends Journal.Entry> void open(RoutingContext ctx, EventHub<E> hub, UUID feed, Long lastSeen) {
        open(ctx, hub, feed, lastSeen, Journal.Entry::sseFrame);
    }

    /**
     * The same, with each entry written as {@code framing} makes it; an entry it answers null for is left out (a
     * narrower stream of the same feed, e.g. a public one that only says "the menu changed").
     */
    public static <E extends Journal.Entry> void open(RoutingContext ctx, EventHub<E> hub, UUID feed, Long lastSeen,
                                                      Function<? super E, Buffer> framing) {
        HttpServerResponse response = ctx.response();
        response.setChunked(true)
                .setWriteQueueMaxSize(MAX_QUEUED_BYTES)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("Content-Encoding", "identity")
                .putHeader("X-Accel-Buffering", "no");
        SseSink<E> sink = new SseSink<>(response, framing,
                ((HttpServerRequestInternal) ctx.request()).context().nettyEventLoop(), () -> hub.wake(feed),
                () -> {
                    if (ctx.request().connection() instanceof ConnectionBase connection) {
                        LoopSink.reset(connection.channel());
                    } else {
                        ctx.response().reset();
                    }
                });
        Runnable unsubscribe = hub.subscribe(feed, lastSeen, sink);
        // the headers go out with the first write, so a client that sees them is already subscribed
        sink.open();
        // the routing context's end handler also hears a connection closed under the answer (and keeps the access
        // log's own end handler working, which a response close handler set here would replace)
        ctx.addEndHandler(done -> unsubscribe.run());
        response.exceptionHandler(failure -> unsubscribe.run());
    }

    /**
     * The resume point: the {@code Last-Event-ID} header, else the query parameter {@code queryName}; null when
     * neither is given; a 400 when it is not a sequence number.
     */
    public static Long lastEventId(RoutingContext ctx, String queryName) {
        String raw = ctx.request().getHeader("Last-Event-ID");
        if (raw == null || raw.isBlank()) {
            raw = Params.query(ctx, queryName).orElse(null);
        }
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long seq = Long.parseLong(raw.trim());
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiError.badRequest("Last-Event-ID must be an event id from this stream, got: " + raw);
    }

    /** Writes entries as their {@code id/event/data} frames. */
    private static final class SseSink<E extends Journal.Entry> extends LoopSink<E, HttpServerResponse> {

        private final Function<? super E, Buffer> framing;

        SseSink(HttpServerResponse response, Function<? super E, Buffer> framing, Executor connectionLoop,
                Runnable onDrained, Runnable dropConnection) {
            super(response, connectionLoop, onDrained, dropConnection);
            this.framing = framing;
        }

        @Override
        protected void emit(E entry) {
            Buffer frame = framing.apply(entry);
            if (frame != null) {
                stream.write(frame);
            }
        }

        /**
         * A batch as one write: one chunk and one flush to the socket instead of one per event (each write of a
         * chunked response is its own HTTP chunk and its own write and flush down the channel). The frames are copied
         * into one buffer; an event is about a kilobyte, a copy costs far less than a system call.
         */
        @Override
        protected void emitAll(List<E> entries) {
            List<Buffer> frames = new ArrayList<>(entries.size());
            int length = 0;
            for (E entry : entries) {
                Buffer frame = framing.apply(entry);
                if (frame != null) {
                    frames.add(frame);
                    length += frame.length();
                }
            }
            if (frames.size() == 1) {
                stream.write(frames.getFirst());
            } else if (!frames.isEmpty()) {
                // sized exactly: a station's stream leaves most of a batch out
                Buffer batch = Buffer.buffer(length);
                frames.forEach(batch::appendBuffer);
                stream.write(batch);
            }
        }

        @Override
        protected boolean gone() {
            return stream.closed();
        }

        @Override
        public void heartbeat() {
            if (!full()) {
                write(response -> response.write(Buffer.buffer(": heartbeat\n\n")));
            }
        }

        @Override
        public void reset() {
            write(response -> response.write(Buffer.buffer("event: reset\ndata: {}\n\n")));
        }

        void open() {
            write(response -> response.write(Buffer.buffer("retry: 2000\n\n")));
        }
    }
}
