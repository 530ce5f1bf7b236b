package org.preptable.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address a request is counted for, with and without trusted proxies. */
class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress none = new ClientAddress(List.of());
        assertThat(none.resolve("10.0.0.5", List.of("203.0.113.9"))).isEqualTo("10.0.0.5");
    }

    @Test
    void behindATrustedProxyTheHopItAppendedCountsAndNotWhatTheClientWrote() {
        ClientAddress proxied = new ClientAddress(List.of("10.0.0.0/8", "127.0.0.1"));
        assertThat(proxied.resolve("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        // the client forged the first entry; the proxy appended the real one
        assertThat(proxied.resolve("10.1.2.3", List.of("1.1.1.1, 203.0.113.9"))).isEqualTo("203.0.113.9");
        // two trusted proxies in a row, headers split over two lines
        assertThat(proxied.resolve("127.0.0.1", List.of("198.51.100.7", "10.9.9.9"))).isEqualTo("198.51.100.7");
        // junk (or a name, never looked up) stops the walk at the last address a trusted proxy vouched for
        assertThat(proxied.resolve("127.0.0.1", List.of("evil.example.com"))).isEqualTo("127.0.0.1");
        assertThat(proxied.resolve("127.0.0.1", List.of("999.1.1.1"))).isEqualTo("127.0.0.1");
        // a peer outside the list is the client, whatever it claims
        assertThat(proxied.resolve("192.0.2.1", List.of("203.0.113.9"))).isEqualTo("192.0.2.1");
        assertThat(proxied.resolve("127.0.0.1", List.of("[2001:db8::1]"))).isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void rangesAreAddressesOrCidrBlocks() {
        assertThat(ClientAddress.isRange("127.0.0.1")).isTrue();
        assertThat(ClientAddress.isRange("10.0.0.0/8")).isTrue();
        assertThat(ClientAddress.isRange("fd00::/8")).isTrue();
        assertThat(ClientAddress.isRange("10.0.0.0/33")).isFalse();
        assertThat(ClientAddress.isRange("proxy.internal")).isFalse();
        assertThat(ClientAddress.isRange("256.0.0.1")).isFalse();
    }
}
