package org.preptable.model.client;

/**
 * One dispatched Server-Sent Event. {@code id} is the stream's last event id at dispatch time
 * (it carries over from earlier events when this one has no {@code id:} line, and is "" when
 * none was ever sent); {@code event} is "message" when the stream named no type.
 */
public record SseEvent(String id, String event, String data) {
}
