package org.preptable.model.client;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.preptable.model.device.Settings;

/**
 * How a screen or board watches its link to the gateway, from the device's properties file:
 * <pre>
 * link.silence-ms   = 4500   a live event stream silent this long is taken for dead (keep it above twice the
 *                            gateway's PREPTABLE_SSE_HEARTBEAT_MS, 2000 by default)
 * link.retry-max-ms = 1000   the longest pause between tries to sign in or reconnect while the gateway is away
 * </pre>
 * The defaults show OFFLINE within 5 s of a hung gateway however the hang falls between two heartbeats (the last
 * byte came at most 2 s before it, the stream is called dead 4.5 s after that byte, checked every 0.1 s), and
 * LIVE within about a second of the gateway answering again.
 */
public record LinkSettings(Duration silence, Duration retryMax) {

    public static final String SILENCE_MS = "link.silence-ms";
    public static final String RETRY_MAX_MS = "link.retry-max-ms";

    public static LinkSettings defaults() {
        return new LinkSettings(OrderFeed.DEFAULT_SILENCE, OrderFeed.DEFAULT_MAX_PAUSE);
    }

    public static LinkSettings from(Properties properties, List<String> problems) {
        LinkSettings d = defaults();
        Duration silence = Settings.millis(properties, SILENCE_MS, d.silence(), 500, 300_000, problems);
        Duration retryMax = Settings.millis(properties, RETRY_MAX_MS, d.retryMax(), 100, 60_000, problems);
        return new LinkSettings(silence, retryMax);
    }
}
