package org.preptable.kiosk.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InputHandlerTest {

    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-ui"));
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        ui.shutdownNow();
    }

    @Test
    void deliversOnTheGivenExecutorInSubmitOrder() throws Exception {
        InputHandler handler = new InputHandler(a -> delivered.add(a + "@" + Thread.currentThread().getName()), ui);

        handler.submit(KioskAction.SELECT_2, "keyboard");
        handler.submit(KioskAction.BUMP, "keyboard");
        handler.submit(KioskAction.RECALL, "gpio:27");
        drain();

        assertThat(delivered).containsExactly("SELECT_2@fake-ui", "BUMP@fake-ui", "RECALL@fake-ui");
    }

    @Test
    void countsPerSource() throws Exception {
        InputHandler handler = new InputHandler(a -> { }, ui);

        handler.submit(KioskAction.BUMP, "keyboard");
        handler.submit(KioskAction.BUMP, "keyboard");
        handler.submit(KioskAction.NEXT, "serial:/dev/ttyUSB0");

        assertThat(handler.counts()).containsExactly(Map.entry("keyboard", 2L),
                Map.entry("serial:/dev/ttyUSB0", 1L));
        assertThat(handler.count("keyboard")).isEqualTo(2);
        assertThat(handler.count("gpio:17")).isZero();
    }

    @Test
    void aFailingConsumerDoesNotStopLaterActions() throws Exception {
        InputHandler handler = new InputHandler(a -> {
            if (a == KioskAction.BUMP) {
                throw new IllegalStateException("screen bug");
            }
            delivered.add(a.name());
        }, ui);

        handler.submit(KioskAction.BUMP, "keyboard");
        handler.submit(KioskAction.UNDO, "keyboard");
        drain();

        assertThat(delivered).containsExactly("UNDO");
    }

    @Test
    void aClosedUiDropsActionsQuietly() {
        InputHandler handler = new InputHandler(a -> delivered.add(a.name()), r -> {
            throw new RejectedExecutionException("toolkit exited");
        });

        assertThatCode(() -> handler.submit(KioskAction.BUMP, "serial:/dev/ttyUSB0")).doesNotThrowAnyException();
        assertThat(delivered).isEmpty();
    }

    private void drain() throws Exception {
        ui.submit(() -> { }).get(5, TimeUnit.SECONDS);
    }
}
