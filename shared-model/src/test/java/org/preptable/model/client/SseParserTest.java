package org.preptable.model.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SseParserTest {

    private final Recorder recorder = new Recorder();
    private final SseParser parser = new SseParser(recorder);

    @Test
    void parsesANamedEventWithIdAndData() {
        parser.feed("event: order.created\nid: 42\ndata: {\"id\":\"a\"}\n\n");
        assertThat(recorder.events).containsExactly(new SseEvent("42", "order.created", "{\"id\":\"a\"}"));
        assertThat(parser.lastEventId()).isEqualTo("42");
    }

    @Test
    void joinsDataLinesWithNewlinesAndDefaultsTheTypeToMessage() {
        parser.feed("data: first\ndata:second\ndata\ndata:  indented\n\n");
        assertThat(recorder.events).containsExactly(new SseEvent("", "message", "first\nsecond\n\n indented"));
    }

    @Test
    void stripsOnlyOneLeadingSpaceAndKeepsColonsInTheValue() {
        parser.feed("data:   a: b\n\n");
        assertThat(recorder.events).extracting(SseEvent::data).containsExactly("  a: b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void acceptsEveryLineEnding(String eol) {
        parser.feed("event: menu.updated" + eol + "data: x" + eol + eol + "data: y" + eol + eol);
        assertThat(recorder.events).extracting(SseEvent::data).containsExactly("x", "y");
        assertThat(recorder.events.get(0).event()).isEqualTo("menu.updated");
        assertThat(recorder.events.get(1).event()).isEqualTo("message");
    }

    @Test
    void mixedLineEndingsInOneStream() {
        parser.feed("data: a\r\ndata: b\rdata: c\n\r\n");
        assertThat(recorder.events).extracting(SseEvent::data).containsExactly("a\nb\nc");
    }

    @Test
    void everySplitPointOfTheStreamGivesTheSameEvents() {
        String stream = "\uFEFF: hi\r\nid: 7\r\nevent: order.updated\r\ndata: one\r\ndata: two\r\n\r\n"
                + "data: three\r\r: beat\nretry: 3000\n\n";
        List<SseEvent> expected = List.of(
                new SseEvent("7", "order.updated", "one\ntwo"), new SseEvent("7", "message", "three"));
        for (int a = 0; a <= stream.length(); a++) {
            for (int b = a; b <= stream.length(); b++) {
                Recorder r = new Recorder();
                SseParser p = new SseParser(r);
                p.feed(stream.substring(0, a));
                p.feed(stream.substring(a, b));
                p.feed(stream.substring(b));
                assertThat(r.events).as("split at %d and %d", a, b).isEqualTo(expected);
                assertThat(r.heartbeats).as("split at %d and %d", a, b).containsExactly("hi", "beat");
                assertThat(p.retryMillis()).hasValue(3000);
            }
        }
    }

    @Test
    void crAtTheEndOfAChunkDispatchesWithoutWaitingForTheNextChunk() {
        parser.feed("data: now\r\r");
        assertThat(recorder.events).extracting(SseEvent::data).containsExactly("now");
        parser.feed("\ndata: later\n\n");
        assertThat(recorder.events).extracting(SseEvent::data).containsExactly("now", "later");
    }

    @Test
    void lastEventIdPersistsAcrossEventsUntilChanged() {
        parser.feed("id: 5\ndata: a\n\ndata: b\n\nid\ndata: c\n\n");
        assertThat(recorder.events).extracting(SseEvent::id).containsExactly("5", "5", "");
    }

    @Test
    void anIdOnlyBlockMovesTheResumePointWithoutAnEvent() {
        parser.feed("id: 9\n\n");
        assertThat(recorder.events).isEmpty();
        assertThat(parser.lastEventId()).isEqualTo("9");
    }

    @Test
    void ignoresAnIdContainingNul() {
        parser.feed("id: 3\ndata: a\n\nid: 4\u00005\ndata: b\n\n");
        assertThat(recorder.events).extracting(SseEvent::id).containsExactly("3", "3");
    }

    @Test
    void eventTypeDoesNotLeakIntoTheNextEvent() {
        parser.feed("event: reset\n\ndata: x\n\n");
        assertThat(recorder.events).containsExactly(new SseEvent("", "message", "x"));
    }

    @Test
    void reportsCommentsAsHeartbeats() {
        parser.feed(":\n: keep-alive\n:no space\n");
        assertThat(recorder.heartbeats).containsExactly("", "keep-alive", "no space");
        assertThat(recorder.events).isEmpty();
    }

    @Test
    void acceptsOnlyAllDigitRetryValues() {
        parser.feed("retry: 1500\n\nretry: 2s\nretry: -1\nretry:\nretry: 1e3\n\n");
        assertThat(recorder.retries).containsExactly(1500L);
        assertThat(parser.retryMillis()).hasValue(1500);
    }

    @Test
    void ignoresUnknownFieldsAndALeadingBomOnlyAtTheStart() {
        parser.feed("\uFEFFdata: a\nfoo: bar\n\n\uFEFFdata: b\n\n");
        assertThat(recorder.events).extracting(SseEvent::data).containsExactly("a");
    }

    @Test
    void endOfStreamDropsTheUnfinishedEventButKeepsTheLastDispatchedId() {
        parser.feed("id: 10\ndata: done\n\nid: 11\ndata: half");
        parser.endOfStream();
        assertThat(parser.lastEventId()).isEqualTo("10");

        parser.feed("\uFEFFdata: fresh\n\n");
        assertThat(recorder.events).containsExactly(
                new SseEvent("10", "message", "done"), new SseEvent("10", "message", "fresh"));
    }

    @Test
    void startsFromASeededLastEventId() {
        SseParser resumed = new SseParser(recorder, "1041");
        resumed.feed("data: x\n\n");
        assertThat(recorder.events).containsExactly(new SseEvent("1041", "message", "x"));
    }

    private static final class Recorder implements SseListener {
        final List<SseEvent> events = new ArrayList<>();
        final List<String> heartbeats = new ArrayList<>();
        final List<Long> retries = new ArrayList<>();

        @Override
        public void onEvent(SseEvent event) {
            events.add(event);
        }

        @Override
        public void onHeartbeat(String comment) {
            heartbeats.add(comment);
        }

        @Override
        public void onRetry(long millis) {
            retries.add(millis);
        }
    }
}
