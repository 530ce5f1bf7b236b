package org.preptable.gateway.kitchen.inspirations;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.preptable.gateway.GatewayConfig;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.KitchenCalendar;

/** Menu inspirations (kitchen-planning dialect): the AI client, wired once. */
public final class InspirationModule {

    private final InspirationService service;

    private InspirationModule(InspirationService service) {
        this.service = service;
    }

    public static InspirationModule create(Vertx vertx, Db db, KitchenCalendar calendar, GatewayConfig config) {
        return new InspirationModule(new InspirationService(db, calendar, new InspirationRepository(),
                new AiChat(vertx, config.ai())));
    }

    public void mount(Router api, Gates gates) {
        new InspirationRoutes(service, gates).mount(api);
    }
}
