package org.preptable.bridge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.preptable.bridge.link.LampState;

class BoardPictureTest {

    @Test
    void drawsSlotsHighlightLampsAndBeepsInABox() {
        BoardState state = new BoardState("1.0.0", true, List.of("141", ">142<", ""),
                new TreeMap<>(Map.of("ready", LampState.ON, "alarm", LampState.BLINK)), 250, 2, 9);
        String picture = BoardPicture.render(state);
        List<String> lines = picture.lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(line).hasSize(lines.getFirst().length()));
        assertThat(lines.getFirst()).matches("\\+-+\\+");
        assertThat(picture).contains("ORDER READY", "fw 1.0.0  3 slots");
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("\\|  0     \\| 141 +\\|"));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("\\|  1 >>> \\| 142 +<<< \\|"));
        assertThat(picture).contains("lamps: alarm=BLINK  ready=ON", "beeps: 2, last 250 ms");
    }

    @Test
    void anUnpoweredBoardSaysSo() {
        String picture = BoardPicture.render(BoardState.blank("1.0.0", 2, false, 0));
        assertThat(picture).contains("ORDER READY - NO POWER", "lamps: none set");
    }
}
