package org.preptable.kiosk.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SerialByteMapTest {

    private static final String MAP = "input.serial.map";

    private final List<String> problems = new ArrayList<>();

    @Test
    void defaultsFollowTheTenKeyLayoutInAscii() {
        SerialByteMap map = SerialByteMap.defaults();

        for (int slot = 1; slot <= 9; slot++) {
            assertThat(map.actionFor('0' + slot)).contains(KioskAction.select(slot));
        }
        assertThat(map.actionFor('0')).contains(KioskAction.SELECT_10);
        assertThat(map.actionFor(0x0D)).contains(KioskAction.BUMP);
        assertThat(map.actionFor(0x0A)).contains(KioskAction.BUMP);
        assertThat(map.actionFor('r')).contains(KioskAction.RECALL);
        assertThat(map.actionFor('R')).contains(KioskAction.RECALL);
        assertThat(map.actionFor('s')).contains(KioskAction.SUMMARY);
        assertThat(map.actionFor('S')).contains(KioskAction.SUMMARY);
        assertThat(map.actionFor('+')).contains(KioskAction.NEXT);
        assertThat(map.actionFor('-')).contains(KioskAction.PREVIOUS);
        assertThat(map.actionFor('<')).contains(KioskAction.PAGE_UP);
        assertThat(map.actionFor('>')).contains(KioskAction.PAGE_DOWN);
        assertThat(map.actionFor(0x08)).contains(KioskAction.UNDO);
        assertThat(map.actionFor(0x7F)).contains(KioskAction.UNDO);
        assertThat(map.asMap().values()).containsAll(List.of(KioskAction.values()));
    }

    @Test
    void blankMeansDefaults() {
        assertThat(SerialByteMap.parse(MAP, "  ", problems)).isEqualTo(SerialByteMap.defaults());
        assertThat(problems).isEmpty();
    }

    @Test
    void aConfiguredMapReplacesTheDefaultsAndAcceptsHexOrDecimal() {
        SerialByteMap map = SerialByteMap.parse(MAP, "0x31:SELECT_1, 0x0d:bump,66:page-down,0xFF:undo", problems);

        assertThat(problems).isEmpty();
        assertThat(map.asMap()).containsExactly(
                java.util.Map.entry(0x0D, KioskAction.BUMP), java.util.Map.entry(0x31, KioskAction.SELECT_1),
                java.util.Map.entry(0x42, KioskAction.PAGE_DOWN), java.util.Map.entry(0xFF, KioskAction.UNDO));
        assertThat(map.actionFor('r')).as("not carried over from the defaults").isEmpty();
    }

    @Test
    void everyBadEntryIsAProblem() {
        SerialByteMap map = SerialByteMap.parse(MAP,
                "0x31:SELECT_1, 0x0D, 0x1FF:BUMP, -1:BUMP, zz:RECALL, 0x32:bumpp, 0x31:RECALL", problems);

        assertThat(problems).containsExactly(
                "input.serial.map: entry '0x0D' must look like 0x0D:BUMP (byte:action)",
                "input.serial.map: '0x1FF' is not a byte; write 0x00–0xFF or 0–255",
                "input.serial.map: '-1' is not a byte; write 0x00–0xFF or 0–255",
                "input.serial.map: 'zz' is not a byte; write 0x00–0xFF or 0–255",
                "input.serial.map: unknown action 'bumpp' (actions: " + KioskAction.knownNames() + ")",
                "input.serial.map: byte 0x31 is mapped twice (SELECT_1 and RECALL); a byte can do only one thing");
        assertThat(map.asMap()).containsOnlyKeys(0x31);
    }

    @Test
    void configValueRoundTrips() {
        SerialByteMap map = SerialByteMap.defaults().with('A', KioskAction.BUMP);

        String value = map.toConfigValue();

        assertThat(value).startsWith("0x08:UNDO,0x0A:BUMP,0x0D:BUMP,").contains("0x41:BUMP");
        assertThat(SerialByteMap.parse(MAP, value, problems)).isEqualTo(map);
        assertThat(problems).isEmpty();
    }
}
