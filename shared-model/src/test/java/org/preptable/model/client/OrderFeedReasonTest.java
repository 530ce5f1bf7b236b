package org.preptable.model.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

/** The offline banner's reason is words a cook can read, never "null" (a refused connection has no message). */
class OrderFeedReasonTest {

    @Test
    void connectionFailuresAreNamedInWords() {
        assertThat(OrderFeed.reason(new ConnectException())).isEqualTo("cannot reach the gateway");
        assertThat(OrderFeed.reason(new HttpTimeoutException("request timed out"))).isEqualTo("the gateway does not answer");
        assertThat(OrderFeed.reason(new UnknownHostException("kitchen-gw"))).isEqualTo("unknown gateway host kitchen-gw");
        assertThat(OrderFeed.reason(new IOException("closed"))).isEqualTo("connection closed");
        assertThat(OrderFeed.reason(new IOException())).isEqualTo("IOException");
        assertThat(OrderFeed.reason(new IOException("HTTP 503 from the event stream"))).isEqualTo("HTTP 503 from the event stream");
    }
}
