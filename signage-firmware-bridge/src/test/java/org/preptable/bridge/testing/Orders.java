package org.preptable.bridge.testing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.preptable.model.kds.KitchenOrder;

/** Kitchen orders as the gateway sends them, with only what the bridge looks at filled in. */
public final class Orders {

    public static final Instant T0 = Instant.parse("2026-06-01T11:30:00Z");

    private Orders() {
    }

    /** An order with {@code number} in {@code state}, placed at T0 and in that state since T0 + {@code second} s. */
    public static KitchenOrder order(String number, String state, int second) {
        return new KitchenOrder(UUID.nameUUIDFromBytes(number.getBytes()).toString(), "S-" + number, null, number,
                "counter", "Ana", T0, state, T0.plusSeconds(second), false, List.of(), T0.plusSeconds(second));
    }

    public static KitchenOrder ready(String number, int second) {
        return order(number, "ready", second);
    }
}
