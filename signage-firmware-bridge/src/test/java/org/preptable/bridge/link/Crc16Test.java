package org.preptable.bridge.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Crc16Test {

    @Test
    void matchesTheCcittFalseCheckValue() {
        assertThat(Crc16.of("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0x29B1);
        assertThat(Crc16.ofAscii("123456789")).isEqualTo(0x29B1);
    }

    @Test
    void emptyInputIsTheInitialValue() {
        assertThat(Crc16.ofAscii("")).isEqualTo(0xFFFF);
    }

    @Test
    void hexIsFourUppercaseDigits() {
        assertThat(Crc16.toHex(0x29B1)).isEqualTo("29B1");
        assertThat(Crc16.toHex(0x000A)).isEqualTo("000A");
    }
}
