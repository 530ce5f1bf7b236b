package org.preptable.gateway.kitchen.takeaway;

import static org.preptable.gateway.auth.Role.ADMIN;
import static org.preptable.gateway.auth.Role.CUSTOMER;
import static org.preptable.gateway.auth.Role.MANAGER;
import static org.preptable.gateway.auth.Role.STAFF;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;

/**
 * {@code /takeaway/offers/**} and {@code /takeaway/orders/**} (reference §4.12). Offers are public to read; chefs
 * manage them; customers order; chefs take the money or cancel. {@code /takeaway/orders/summary} is registered
 * before {@code /takeaway/orders/:id}, which would otherwise take "summary" for an id.
 */
public final class TakeawayRoutes {

    private final OfferService offers;
    private final OrderService orders;
    private final Gates gates;

    TakeawayRoutes(OfferService offers, OrderService orders, Gates gates) {
        this.offers = offers;
        this.orders = orders;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/takeaway/offers").handler(this::listOffers);
        api.get("/takeaway/offers/:id").handler(ctx -> Responses.ok(ctx, offers.get(id(ctx)).view()));
        api.post("/takeaway/offers").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::createOffer);
        api.put("/takeaway/offers/:id").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::updateOffer);
        api.patch("/takeaway/offers/:id/enable").handler(gates.kitchen(ADMIN, MANAGER))
                .handler(ctx -> setEnabled(ctx, true));
        api.patch("/takeaway/offers/:id/disable").handler(gates.kitchen(ADMIN, MANAGER))
                .handler(ctx -> setEnabled(ctx, false));
        api.delete("/takeaway/offers/:id").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::deleteOffer);

        api.get("/takeaway/orders/summary").handler(gates.kitchen(ADMIN, MANAGER))
                .handler(ctx -> Responses.ok(ctx, orders.summary(date(ctx).orElse(null))));
        api.get("/takeaway/orders").handler(gates.kitchen(CUSTOMER, ADMIN, MANAGER, STAFF)).handler(this::listOrders);
        api.get("/takeaway/orders/:id").handler(gates.kitchen(CUSTOMER, ADMIN, MANAGER, STAFF))
                .handler(ctx -> Responses.ok(ctx, orders.get(caller(ctx), id(ctx)).view()));
        api.post("/takeaway/orders").handler(gates.kitchen(CUSTOMER)).handler(this::createOrder);
        api.patch("/takeaway/orders/:id/pay").handler(gates.kitchen(ADMIN, MANAGER))
                .handler(ctx -> Responses.ok(ctx, orders.pay(id(ctx), AuditActor.of(ctx)).view()));
        api.patch("/takeaway/orders/:id/cancel").handler(gates.kitchen(CUSTOMER, ADMIN, MANAGER))
                .handler(ctx -> Responses.ok(ctx, orders.cancel(caller(ctx), id(ctx), AuditActor.of(ctx)).view()));
    }

    private void listOffers(RoutingContext ctx) {
        LocalDate date = date(ctx).orElse(null);
        Boolean soldOut = Params.queryBoolean(ctx, "soldOut").orElse(null);
        Boolean enabled = Params.queryBoolean(ctx, "enabled").orElse(null);
        Long dishId = Params.queryPositiveLong(ctx, "dishId").orElse(null);
        Responses.ok(ctx, offers.list(date, soldOut, enabled, dishId).stream().map(Offer::view).toList());
    }

    private void createOffer(RoutingContext ctx) {
        OfferInput body = Bodies.read(ctx, OfferInput.class);
        Responses.created(ctx, offers.create(caller(ctx).id(), body, AuditActor.of(ctx)).view());
    }

    private void updateOffer(RoutingContext ctx) {
        long id = id(ctx);
        OfferInput body = Bodies.read(ctx, OfferInput.class);
        Responses.ok(ctx, offers.update(id, body, AuditActor.of(ctx)).view());
    }

    private void setEnabled(RoutingContext ctx, boolean enabled) {
        Responses.ok(ctx, offers.setEnabled(id(ctx), enabled, AuditActor.of(ctx)).view());
    }

    private void deleteOffer(RoutingContext ctx) {
        offers.delete(id(ctx), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private void listOrders(RoutingContext ctx) {
        Long customerId = Params.queryPositiveLong(ctx, "customerId").orElse(null);
        Long offerId = Params.queryPositiveLong(ctx, "offerId").orElse(null);
        LocalDate date = date(ctx).orElse(null);
        String status = Params.query(ctx, "status").map(TakeawayRoutes::status).orElse(null);
        List<Map<String, Object>> views = orders.list(caller(ctx), customerId, offerId, date, status).stream()
                .map(Order::view).toList();
        Responses.ok(ctx, views);
    }

    private void createOrder(RoutingContext ctx) {
        OrderInput body = Bodies.read(ctx, OrderInput.class);
        Responses.created(ctx, orders.create(caller(ctx), body, AuditActor.of(ctx)).view());
    }

    private static String status(String raw) {
        String status = raw.toUpperCase(Locale.ROOT);
        if (!List.of(Order.RESERVED, Order.PAID, Order.CANCELLED).contains(status)) {
            throw ApiError.badRequest("Invalid order status: " + raw);
        }
        return status;
    }

    /** {@code ?date=yyyy-MM-dd}; years outside 1..9999 parse in Java but not in PostgreSQL, so they are refused. */
    private static java.util.Optional<LocalDate> date(RoutingContext ctx) {
        return Params.query(ctx, "date").map(raw -> {
            try {
                LocalDate date = LocalDate.parse(raw);
                if (date.getYear() >= 1 && date.getYear() <= 9999) {
                    return date;
                }
            } catch (DateTimeException ignored) {
                // reported below
            }
            throw ApiError.badRequest("Invalid date format: " + raw + " (expected yyyy-MM-dd)");
        });
    }

    private static long id(RoutingContext ctx) {
        return Params.positiveId(ctx, "id");
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }
}
