package org.preptable.kiosk.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KioskActionTest {

    @Test
    void selectsCarryTheirSlotAndNothingElseDoes() {
        for (int slot = 1; slot <= KioskAction.SLOTS; slot++) {
            KioskAction select = KioskAction.select(slot);
            assertThat(select.isSelect()).isTrue();
            assertThat(select.slot()).isEqualTo(slot);
            assertThat(select.name()).isEqualTo("SELECT_" + slot);
        }
        assertThat(KioskAction.SLOTS).isEqualTo(10);
        assertThat(KioskAction.parse("select-10")).contains(KioskAction.SELECT_10);
        assertThat(KioskAction.BUMP.isSelect()).isFalse();
        assertThat(KioskAction.BUMP.slot()).isZero();
        assertThatThrownBy(() -> KioskAction.select(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KioskAction.select(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesParseAsPeopleWriteThem() {
        assertThat(KioskAction.parse("page-up")).contains(KioskAction.PAGE_UP);
        assertThat(KioskAction.parse(" PAGE_UP ")).contains(KioskAction.PAGE_UP);
        assertThat(KioskAction.parse("Select-3")).contains(KioskAction.SELECT_3);
        assertThat(KioskAction.parse("bumpp")).isEmpty();
        assertThat(KioskAction.PAGE_DOWN.configName()).isEqualTo("page-down");
        for (KioskAction action : KioskAction.values()) {
            assertThat(KioskAction.parse(action.configName())).contains(action);
        }
    }
}
