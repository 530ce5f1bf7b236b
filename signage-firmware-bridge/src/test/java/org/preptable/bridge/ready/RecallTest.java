package org.preptable.bridge.ready;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.preptable.bridge.testing.Orders;
import org.preptable.gateway.testing.MutableClock;

class RecallTest {

    private final MutableClock clock = new MutableClock(Orders.T0);
    private final Recall recall = new Recall(Duration.ofSeconds(30), clock);

    @Test
    void nothingToRecallBeforeANumberHasLeft() {
        assertThat(recall.recall()).isEmpty();
        assertThat(recall.shown()).isEmpty();
    }

    @Test
    void theLastClearedNumberIsShownForThirtySeconds() {
        recall.cleared("141");
        recall.cleared("142");
        assertThat(recall.shown()).as("clearing alone shows nothing").isEmpty();

        assertThat(recall.recall()).contains("142");
        clock.advance(Duration.ofSeconds(29));
        assertThat(recall.shown()).contains("142");
        clock.advance(Duration.ofMillis(999));
        assertThat(recall.shown()).contains("142");
        clock.advance(Duration.ofMillis(1));
        assertThat(recall.shown()).isEmpty();
        assertThat(recall.until()).isEqualTo(Orders.T0.plusSeconds(30));
    }

    @Test
    void pressingAgainStartsOverWithTheNumberThatLeftLast() {
        recall.cleared("150");
        recall.recall();
        clock.advance(Duration.ofSeconds(20));
        recall.cleared("151");
        assertThat(recall.shown()).as("a running recall keeps its number").contains("150");

        assertThat(recall.recall()).contains("151");
        clock.advance(Duration.ofSeconds(25));
        assertThat(recall.shown()).as("30 s from the second press").contains("151");
        clock.advance(Duration.ofSeconds(5));
        assertThat(recall.shown()).isEmpty();
    }
}
