package org.preptable.model.client;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Incremental {@code text/event-stream} parser following the WHATWG HTML "event stream
 * interpretation" rules. Chunks may split the stream anywhere, even between a CR and its LF.
 *
 * <p>Feed it decoded text (a UTF-8 {@code Reader}), not raw bytes cut into strings, or a
 * multi-byte character split across reads would be mangled. Not thread-safe: one reader thread.
 */
public final class SseParser {

    private static final char BOM = '\uFEFF';

    private final SseListener listener;
    private final StringBuilder line = new StringBuilder();
    private final StringBuilder data = new StringBuilder();
    private String eventType = "";
    private String lastEventIdBuffer = "";
    private String lastEventId = "";
    private OptionalLong retryMillis = OptionalLong.empty();
    private boolean atStreamStart = true;
    // A CR ends a line at once; remembering it lets a following LF, even in the next chunk, be skipped.
    private boolean afterCr;

    public SseParser(SseListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Seeds the id to resume from, e.g. the {@code Last-Event-ID} header of the orders snapshot. */
    public SseParser(SseListener listener, String lastEventId) {
        this(listener);
        this.lastEventIdBuffer = Objects.requireNonNull(lastEventId, "lastEventId");
        this.lastEventId = lastEventId;
    }

    public void feed(CharSequence chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (atStreamStart) {
                atStreamStart = false;
                if (c == BOM) {
                    continue;
                }
            }
            if (afterCr) {
                afterCr = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == '\r' || c == '\n') {
                afterCr = c == '\r';
                processLine(line.toString());
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
    }

    /**
     * The connection closed: an event without its terminating blank line is dropped, as the spec
     * demands, and so is its uncommitted {@code id:}; the last dispatched id survives for the
     * {@code Last-Event-ID} of the reconnect. The next connection's stream may start with a BOM again.
     */
    public void endOfStream() {
        line.setLength(0);
        data.setLength(0);
        eventType = "";
        lastEventIdBuffer = lastEventId;
        afterCr = false;
        atStreamStart = true;
    }

    /** The id to send as {@code Last-Event-ID} when reconnecting; "" when the server never sent one. */
    public String lastEventId() {
        return lastEventId;
    }

    /** The last valid {@code retry:} value, if the server sent one. */
    public OptionalLong retryMillis() {
        return retryMillis;
    }

    private void processLine(String text) {
        if (text.isEmpty()) {
            dispatch();
            return;
        }
        if (text.charAt(0) == ':') {
            listener.onHeartbeat(stripOneSpace(text.substring(1)));
            return;
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : stripOneSpace(text.substring(colon + 1));
        switch (field) {
            case "event" -> eventType = value;
            case "data" -> data.append(value).append('\n');
            case "id" -> {
                // The spec ignores ids containing NUL, so a broken server cannot poison Last-Event-ID.
                if (value.indexOf('\0') < 0) {
                    lastEventIdBuffer = value;
                }
            }
            case "retry" -> {
                if (!value.isEmpty() && value.length() <= 18 && value.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                    retryMillis = OptionalLong.of(Long.parseLong(value));
                    listener.onRetry(retryMillis.getAsLong());
                }
            }
            default -> {
                // Unknown fields are ignored by the spec.
            }
        }
    }

    private void dispatch() {
        // The id is committed even for an event with no data, so an "id:"-only block still moves the resume point.
        lastEventId = lastEventIdBuffer;
        if (data.isEmpty()) {
            eventType = "";
            return;
        }
        data.setLength(data.length() - 1);
        SseEvent event = new SseEvent(lastEventId, eventType.isEmpty() ? "message" : eventType, data.toString());
        data.setLength(0);
        eventType = "";
        listener.onEvent(event);
    }

    private static String stripOneSpace(String value) {
        return value.startsWith(" ") ? value.substring(1) : value;
    }
}
