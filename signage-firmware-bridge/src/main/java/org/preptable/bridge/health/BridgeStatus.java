package org.preptable.bridge.health;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.preptable.bridge.link.LinkState;

/**
 * How the bridge is doing, for the status file and {@code /healthz}: the gateway session, the board link, what the
 * board shows and the last hand-off. Every part of the daemon reports its own changes here; listeners hear that
 * something changed (and read {@link #snapshot()} when they like).
 */
public final class BridgeStatus {

    /** The gateway side in a word: {@code starting}, {@code signing-in}, {@code live} or {@code offline}. */
    public enum GatewayState { STARTING, SIGNING_IN, LIVE, OFFLINE }

    private final Clock clock;
    private final Instant startedAt;
    private final String gatewayUrl;
    private final String boardPort;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    // Guarded by this.
    private GatewayState gateway = GatewayState.STARTING;
    private String gatewayDetail = "";
    private Instant gatewaySince;
    private String location = "";
    private LongSupplier lastEventId = () -> -1;
    private LinkState board = new LinkState.Down("not connected yet");
    private Instant boardSince;
    private List<String> shown = List.of();
    private List<String> ready = List.of();
    private Map<String, Object> lastHandOff;

    /** @param boardPort the board's device, or "" when no board is configured */
    public BridgeStatus(Clock clock, String gatewayUrl, String boardPort) {
        this.clock = clock;
        this.startedAt = clock.instant();
        this.gatewayUrl = gatewayUrl;
        this.boardPort = boardPort;
        this.gatewaySince = startedAt;
        this.boardSince = startedAt;
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public void gateway(GatewayState state, String detail) {
        synchronized (this) {
            if (state != gateway) {
                gatewaySince = clock.instant();
            }
            gateway = state;
            gatewayDetail = detail;
        }
        changed();
    }

    public void signedIn(String locationName, LongSupplier lastEventIdSource) {
        synchronized (this) {
            location = locationName;
            lastEventId = lastEventIdSource;
        }
        changed();
    }

    public void board(LinkState state) {
        synchronized (this) {
            if (state.isUp() != board.isUp()) {
                boardSince = clock.instant();
            }
            board = state;
        }
        changed();
    }

    /** What the board shows now (numbers, a "+N more", a recalled number) and the numbers of all ready orders. */
    public void board(List<String> texts, List<String> readyNumbers) {
        synchronized (this) {
            shown = List.copyOf(texts);
            ready = List.copyOf(readyNumbers);
        }
        changed();
    }

    public void handOff(String number, String result) {
        Map<String, Object> handOff = new LinkedHashMap<>();
        handOff.put("number", number);
        handOff.put("result", result);
        handOff.put("at", clock.instant());
        synchronized (this) {
            lastHandOff = handOff;
        }
        changed();
    }

    /** Live gateway feed, and the board up (when there is one). */
    public synchronized boolean healthy() {
        return gateway == GatewayState.LIVE && (boardPort.isEmpty() || board.isUp());
    }

    /** Everything above as one JSON-ready map (names in the operations dialect's snake_case). */
    public synchronized Map<String, Object> snapshot() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("healthy", healthy());
        view.put("at", clock.instant());
        view.put("started_at", startedAt);
        Map<String, Object> gatewayView = new LinkedHashMap<>();
        gatewayView.put("url", gatewayUrl);
        gatewayView.put("state", gateway.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        gatewayView.put("detail", gatewayDetail);
        gatewayView.put("since", gatewaySince);
        gatewayView.put("location", location);
        gatewayView.put("last_event_id", lastEventId.getAsLong());
        view.put("gateway", gatewayView);
        Map<String, Object> boardView = new LinkedHashMap<>();
        boardView.put("port", boardPort);
        if (boardPort.isEmpty()) {
            boardView.put("state", "none");
        } else {
            boardView.put("state", board.isUp() ? "up" : "down");
            boardView.put("since", boardSince);
            switch (board) {
                case LinkState.Up up -> {
                    boardView.put("firmware", up.firmware());
                    boardView.put("slots", up.slots());
                }
                case LinkState.Down down -> boardView.put("detail", down.reason());
            }
        }
        view.put("board", boardView);
        view.put("shown", shown);
        view.put("ready", ready);
        view.put("ready_count", ready.size());
        view.put("last_hand_off", lastHandOff);
        return view;
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
