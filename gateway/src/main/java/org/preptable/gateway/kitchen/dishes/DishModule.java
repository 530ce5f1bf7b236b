package org.preptable.gateway.kitchen.dishes;

import io.vertx.ext.web.Router;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.KitchenCalendar;

/** The dish bank and dish suggestions (kitchen-planning dialect), wired once and mounted together. */
public final class DishModule {

    public static DishModule create(Db db, KitchenCalendar calendar) {
        return new DishModule();
    }

    /** Static paths first: {@code /dishes/search} before {@code /dishes/:id}. */
    public void mount(Router api, Gates gates) {
    }
}
