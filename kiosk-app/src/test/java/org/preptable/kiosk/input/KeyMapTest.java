package org.preptable.kiosk.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class KeyMapTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void defaultsAreTheTenKeyLayout() {
        KeyMap keys = KeyMap.defaults();

        for (int slot = 1; slot <= 9; slot++) {
            assertThat(keys.actionFor(KeyCode.valueOf("DIGIT" + slot))).contains(KioskAction.select(slot));
            assertThat(keys.actionFor(KeyCode.valueOf("NUMPAD" + slot))).contains(KioskAction.select(slot));
        }
        // 0 is the tenth key: slot 10, as on a 10-key bump bar.
        assertThat(keys.actionFor(KeyCode.DIGIT0)).contains(KioskAction.SELECT_10);
        assertThat(keys.actionFor(KeyCode.NUMPAD0)).contains(KioskAction.SELECT_10);
        assertThat(keys.actionFor(KeyCode.RIGHT)).contains(KioskAction.NEXT);
        assertThat(keys.actionFor(KeyCode.DOWN)).contains(KioskAction.NEXT);
        assertThat(keys.actionFor(KeyCode.LEFT)).contains(KioskAction.PREVIOUS);
        assertThat(keys.actionFor(KeyCode.UP)).contains(KioskAction.PREVIOUS);
        assertThat(keys.keysFor(KioskAction.BUMP)).containsExactly(KeyCode.ENTER, KeyCode.SPACE);
        assertThat(keys.keysFor(KioskAction.UNDO)).containsExactly(KeyCode.BACK_SPACE, KeyCode.DELETE, KeyCode.U);
        assertThat(keys.actionFor(KeyCode.R)).contains(KioskAction.RECALL);
        assertThat(keys.actionFor(KeyCode.S)).contains(KioskAction.SUMMARY);
        assertThat(keys.actionFor(KeyCode.PAGE_UP)).contains(KioskAction.PAGE_UP);
        assertThat(keys.actionFor(KeyCode.PAGE_DOWN)).contains(KioskAction.PAGE_DOWN);
        assertThat(keys.actionFor(KeyCode.X)).isEmpty();
        for (KioskAction action : KioskAction.values()) {
            assertThat(keys.keysFor(action)).as("%s has a default key", action).isNotEmpty();
        }
    }

    @Test
    void noPropertiesMeansTheDefaults() {
        KeyMap keys = KeyMap.from(new Properties(), problems);

        assertThat(problems).isEmpty();
        for (KioskAction action : KioskAction.values()) {
            assertThat(keys.keysFor(action)).isEqualTo(KeyMap.defaults().keysFor(action));
        }
    }

    @Test
    void anOverrideReplacesThatActionsKeysCaseInsensitively() {
        KeyMap keys = KeyMap.from(props("input.keys.bump", " f5 , Enter,F5", "input.keys.page-up", "f9",
                "input.keys.SELECT_1", "a"), problems);

        assertThat(problems).isEmpty();
        assertThat(keys.keysFor(KioskAction.BUMP)).containsExactly(KeyCode.F5, KeyCode.ENTER);
        assertThat(keys.actionFor(KeyCode.SPACE)).as("no longer bumps").isEmpty();
        assertThat(keys.actionFor(KeyCode.F9)).contains(KioskAction.PAGE_UP);
        assertThat(keys.actionFor(KeyCode.PAGE_UP)).isEmpty();
        assertThat(keys.keysFor(KioskAction.SELECT_1)).containsExactly(KeyCode.A);
        assertThat(keys.keysFor(KioskAction.RECALL)).containsExactly(KeyCode.R);
    }

    @Test
    void anEmptyValueUnbindsTheAction() {
        KeyMap keys = KeyMap.from(props("input.keys.summary", ""), problems);

        assertThat(problems).isEmpty();
        assertThat(keys.keysFor(KioskAction.SUMMARY)).isEmpty();
        assertThat(keys.actionFor(KeyCode.S)).isEmpty();
    }

    @Test
    void unknownKeyNamesAreProblems() {
        KeyMap keys = KeyMap.from(props("input.keys.bump", "F5, Entr, UNDEFINED"), problems);

        assertThat(problems).containsExactly(
                "input.keys.bump: unknown key 'Entr' (use JavaFX KeyCode names such as ENTER, SPACE, F5, DIGIT1,"
                        + " NUMPAD1, PAGE_UP, BACK_SPACE)",
                "input.keys.bump: unknown key 'UNDEFINED' (use JavaFX KeyCode names such as ENTER, SPACE, F5, DIGIT1,"
                        + " NUMPAD1, PAGE_UP, BACK_SPACE)");
        assertThat(keys.keysFor(KioskAction.BUMP)).containsExactly(KeyCode.F5);
    }

    @Test
    void ticketsShowTheFirstKeyOfTheirSelectAction() {
        assertThat(KeyMap.defaults().selectKeyLabels()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "0");

        KeyMap custom = KeyMap.from(props("input.keys.select-1", "F1", "input.keys.select-10", ""), problems);

        assertThat(problems).isEmpty();
        assertThat(custom.selectKeyLabels()).startsWith("F1", "2").endsWith("9", "");
    }

    @Test
    void unknownActionsAreProblems() {
        KeyMap.from(props("input.keys.bumpp", "F5", "input.keys.select-11", "F6"), problems);

        String actions = "select-1, select-2, select-3, select-4, select-5, select-6, select-7, select-8, select-9,"
                + " select-10, next, previous, bump, undo, recall, summary, page-up, page-down, rush";
        assertThat(problems).containsExactly(
                "input.keys.bumpp: unknown action 'bumpp' (actions: " + actions + ")",
                "input.keys.select-11: unknown action 'select-11' (actions: " + actions + ")");
    }

    @Test
    void aKeyOnTwoConfiguredActionsIsAProblem() {
        KeyMap.from(props("input.keys.bump", "F5", "input.keys.recall", "F5"), problems);

        assertThat(problems).containsExactly("key F5 is mapped to both BUMP (input.keys.bump) and RECALL"
                + " (input.keys.recall); a key can do only one thing");
    }

    @Test
    void aKeyTakenFromAnotherActionsDefaultsIsAProblemThatSaysHowToFixIt() {
        KeyMap.from(props("input.keys.bump", "R"), problems);

        assertThat(problems).containsExactly("key R is mapped to both BUMP (input.keys.bump) and RECALL"
                + " (its default; set input.keys.recall to move it); a key can do only one thing");
    }

    @Test
    void theSameActionSpelledTwoWaysIsAProblem() {
        KeyMap.from(props("input.keys.page-up", "F1", "input.keys.page_up", "F2"), problems);

        assertThat(problems).containsExactly(
                "input.keys.page-up and input.keys.page_up both set the keys for PAGE_UP; keep one of them");
    }

    @Test
    void configLineRoundTrips() {
        KeyMap keys = KeyMap.defaults();
        assertThat(keys.configLine(KioskAction.BUMP)).isEqualTo("input.keys.bump = ENTER,SPACE");
        assertThat(keys.configLine(KioskAction.PAGE_DOWN)).isEqualTo("input.keys.page-down = PAGE_DOWN");

        String line = keys.configLine(KioskAction.UNDO);
        int eq = line.indexOf('=');
        KeyMap reread = KeyMap.from(props(line.substring(0, eq).strip(), line.substring(eq + 1)), problems);
        assertThat(problems).isEmpty();
        assertThat(reread.keysFor(KioskAction.UNDO)).isEqualTo(keys.keysFor(KioskAction.UNDO));
    }

    static Properties props(String... keysAndValues) {
        Properties p = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return p;
    }
}
