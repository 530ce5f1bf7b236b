package org.preptable.gateway.kitchen.takeaway;

import io.vertx.ext.web.Router;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.KitchenCalendar;

/** Takeaway offers and orders (kitchen-planning dialect), wired once and mounted together. */
public final class TakeawayModule {

    private final OfferService offers;
    private final OrderService orders;

    private TakeawayModule(OfferService offers, OrderService orders) {
        this.offers = offers;
        this.orders = orders;
    }

    public static TakeawayModule create(Db db, KitchenCalendar calendar) {
        OfferRepository offers = new OfferRepository();
        return new TakeawayModule(new OfferService(db, calendar, offers),
                new OrderService(db, calendar, new OrderRepository(), offers));
    }

    public OfferService offers() {
        return offers;
    }

    public OrderService orders() {
        return orders;
    }

    public void mount(Router api, Gates gates) {
        new TakeawayRoutes(offers, orders, gates).mount(api);
    }
}
