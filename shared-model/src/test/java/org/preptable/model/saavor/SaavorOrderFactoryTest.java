package org.preptable.model.saavor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The simulator's rush orders: a share of orders carries {@code "priority": "rush"}, and seeded runs stay the same. */
class SaavorOrderFactoryTest {

    @Test
    void aRushRatioMarksThatShareOfOrdersAndNoneWithoutIt() {
        List<String> rushes = priorities(new SaavorOrderFactory(new Random(7), 0, 0.5), 400);
        long rush = rushes.stream().filter("rush"::equals).count();
        assertThat(rush).isBetween(150L, 250L);
        assertThat(priorities(new SaavorOrderFactory(new Random(7), 0), 50)).containsOnlyNulls();
        assertThat(priorities(new SaavorOrderFactory(new Random(7), 0, 1), 20)).containsOnly("rush");
        assertThatThrownBy(() -> new SaavorOrderFactory(new Random(), 0, 1.5))
                .hasMessageContaining("rushRatio must be between 0 and 1");
    }

    @Test
    void withoutRushesASeededFactoryOrdersWhatItDidBefore() {
        SaavorOrderFactory plain = new SaavorOrderFactory(new Random(42), 0);
        SaavorOrderFactory none = new SaavorOrderFactory(new Random(42), 0, 0);
        for (int i = 0; i < 20; i++) {
            Instant at = Instant.EPOCH.plusSeconds(i);
            assertThat(plain.newOrder(at).lines().stream().map(SaavorEvent.Line::itemCode).toList())
                    .isEqualTo(none.newOrder(at).lines().stream().map(SaavorEvent.Line::itemCode).toList());
        }
    }

    private static List<String> priorities(SaavorOrderFactory factory, int orders) {
        List<String> priorities = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            priorities.add(factory.newOrder(Instant.EPOCH.plusSeconds(i)).priority());
        }
        return priorities;
    }
}
