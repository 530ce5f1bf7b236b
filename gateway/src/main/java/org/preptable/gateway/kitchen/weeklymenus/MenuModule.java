package org.preptable.gateway.kitchen.weeklymenus;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.preptable.gateway.GatewayConfig;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.KitchenCalendar;

/** Weekly menus, their publishing and translation (kitchen-planning dialect), wired once and mounted together. */
public final class MenuModule {

    public static MenuModule create(Vertx vertx, Db db, KitchenCalendar calendar, GatewayConfig config) {
        return new MenuModule();
    }

    /** Static paths first: {@code /weekly-menus/current} before {@code /weekly-menus/:id}. */
    public void mount(Router api, Gates gates) {
    }
}
