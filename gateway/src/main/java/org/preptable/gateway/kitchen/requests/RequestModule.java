package org.preptable.gateway.kitchen.requests;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.preptable.gateway.GatewayConfig;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.shopping.AiNameNormalizer;
import org.preptable.gateway.kitchen.shopping.NameNormalizer;
import org.preptable.gateway.kitchen.shopping.ShoppingRepository;
import org.preptable.gateway.kitchen.shopping.ShoppingRoutes;
import org.preptable.gateway.kitchen.shopping.ShoppingService;

/** Ingredient requests and the shopping lists made of the approved ones, wired once and mounted together. */
public final class RequestModule {

    private final RequestService requests;
    private final ShoppingService shopping;

    private RequestModule(RequestService requests, ShoppingService shopping) {
        this.requests = requests;
        this.shopping = shopping;
    }

    public static RequestModule create(Vertx vertx, Db db, KitchenCalendar calendar, GatewayConfig config) {
        GatewayConfig.AiSettings ai = config.ai();
        NameNormalizer normalizer = ai.configured() && config.shoppingAi().enabled()
                ? new AiNameNormalizer(vertx, ai.url().orElseThrow(), ai.key(), ai.model().orElseThrow(),
                        config.shoppingAi().timeoutMillis())
                : NameNormalizer.NONE;
        return new RequestModule(new RequestService(db, calendar, new RequestRepository()),
                new ShoppingService(db, calendar, new ShoppingRepository(), normalizer));
    }

    public RequestService requests() {
        return requests;
    }

    public ShoppingService shopping() {
        return shopping;
    }

    public void mount(Router api, Gates gates) {
        new RequestRoutes(requests, gates).mount(api);
        new ShoppingRoutes(shopping, gates).mount(api);
    }
}
