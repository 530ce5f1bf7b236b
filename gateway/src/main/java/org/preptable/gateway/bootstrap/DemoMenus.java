package org.preptable.gateway.bootstrap;

import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.KitchenCalendar;

/** The demo kitchen's weekly menus: this week's published, next week's a draft, made of the demo dish bank. */
final class DemoMenus {

    private DemoMenus() {
    }

    static void load(Db db, KitchenCalendar calendar) {
    }
}
