package org.preptable.gateway.bootstrap;

import java.util.Map;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.KitchenCalendar;

/** The demo kitchen's dish bank and dish suggestions (in each state). */
final class DemoDishes {

    private DemoDishes() {
    }

    static void load(Db db, KitchenCalendar calendar, Map<String, Long> stations) {
    }
}
