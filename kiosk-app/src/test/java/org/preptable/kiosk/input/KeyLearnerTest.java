package org.preptable.kiosk.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class KeyLearnerTest {

    private final KeyLearner learner = new KeyLearner(KioskAction.BUMP, KeyMap.defaults(), SerialByteMap.defaults());

    @Test
    void aNewKeyIsAddedToTheActionsKeys() {
        assertThat(learner.offerKey(KeyCode.F5)).isTrue();

        KeyLearner.Learned learned = learner.result().join();
        assertThat(learned.action()).isEqualTo(KioskAction.BUMP);
        assertThat(learned.input()).isEqualTo("F5");
        assertThat(learned.configLines()).containsExactly("input.keys.bump = ENTER,SPACE,F5");
    }

    @Test
    void aKeyTakenFromAnotherActionAlsoFreesItThere() {
        learner.offerKey(KeyCode.R);

        List<String> lines = learner.result().join().configLines();
        assertThat(lines).containsExactly("input.keys.bump = ENTER,SPACE,R", "input.keys.recall = ");
        // Saved as they are, the lines load without a clash.
        List<String> problems = new ArrayList<>();
        KeyMap reloaded = KeyMap.from(asProperties(lines), problems);
        assertThat(problems).isEmpty();
        assertThat(reloaded.actionFor(KeyCode.R)).contains(KioskAction.BUMP);
    }

    @Test
    void aKeyTheActionAlreadyHasChangesNothing() {
        learner.offerKey(KeyCode.SPACE);

        assertThat(learner.result().join().configLines()).containsExactly("input.keys.bump = ENTER,SPACE");
    }

    @Test
    void modifiersAloneAreSkippedAndOnlyTheFirstKeyCounts() {
        assertThat(learner.offerKey(KeyCode.SHIFT)).isFalse();
        assertThat(learner.offerKey(KeyCode.CONTROL)).isFalse();
        assertThat(learner.isDone()).isFalse();

        assertThat(learner.offerKey(KeyCode.F6)).isTrue();
        assertThat(learner.offerKey(KeyCode.F7)).isFalse();
        assertThat(learner.offerByte(0x41)).isFalse();
        assertThat(learner.result().join().input()).isEqualTo("F6");
    }

    @Test
    void escapeCancels() {
        assertThat(learner.offerKey(KeyCode.ESCAPE)).as("Escape is consumed").isTrue();

        assertThat(learner.result()).isCancelled();
        assertThat(learner.offerKey(KeyCode.F5)).isFalse();
    }

    @Test
    void aSerialByteReassignsItInTheByteMap() {
        assertThat(learner.offerByte('s')).isTrue();

        KeyLearner.Learned learned = learner.result().join();
        assertThat(learned.input()).isEqualTo("byte 0x73");
        String line = learned.configLines().getFirst();
        assertThat(line).startsWith("input.serial.map = ");
        List<String> problems = new ArrayList<>();
        SerialByteMap reloaded = SerialByteMap.parse("input.serial.map", line.substring(line.indexOf('=') + 1), problems);
        assertThat(problems).isEmpty();
        assertThat(reloaded.actionFor('s')).contains(KioskAction.BUMP);
        assertThat(reloaded.actionFor('S')).as("the rest of the map stays").contains(KioskAction.SUMMARY);
    }

    private static Properties asProperties(List<String> lines) {
        Properties p = new Properties();
        for (String line : lines) {
            int eq = line.indexOf('=');
            p.setProperty(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return p;
    }
}
