package org.preptable.gateway.kitchen.takeaway;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.takeaway.OrderRepository.OfferSales;

/**
 * Customers' takeaway orders (reference §4.12): reserved now, paid at pick-up. An order takes its portions in the
 * same transaction that stores it, one conditional UPDATE per offer, so parallel orders never sell a portion twice;
 * a cancellation gives them back once, under the order's row lock, whoever else cancels at the same moment.
 */
public final class OrderService {

    static final String ENTITY = "takeaway_orders";
    /** How long a customer may cancel by themself; after that the kitchen may have packed it. */
    static final Duration CANCEL_WINDOW = Duration.ofMinutes(45);

    private final Db db;
    private final KitchenCalendar calendar;
    private final OrderRepository orders;
    private final OfferRepository offers;

    OrderService(Db db, KitchenCalendar calendar, OrderRepository orders, OfferRepository offers) {
        this.db = db;
        this.calendar = calendar;
        this.orders = orders;
        this.offers = offers;
    }

    /** Filters as the reference has them; callers other than head and sous chefs only ever see their own. */
    public List<Order> list(CurrentUser caller, Long customerNumber, Long offerId, LocalDate date, String status) {
        return orders.list(db.pool(), chef(caller) ? null : caller.id(), customerNumber, offerId, date, status);
    }

    public Order get(CurrentUser caller, long id) {
        Order order = orders.find(db.pool(), id).orElseThrow(() -> notFound(id));
        if (!chef(caller) && !order.customerId().equals(caller.id())) {
            throw ApiError.forbidden("You cannot view other customers' orders");
        }
        return order;
    }

    /**
     * {@code POST /takeaway/orders}. Per line, in offer-id order: the offer (404), then why it cannot give the
     * portions — not today's, switched off, sold out, too few left (409). Any refusal rolls back the whole order.
     */
    public Order create(CurrentUser caller, OrderInput raw, AuditActor actor) {
        List<OrderInput.ValidLine> lines = raw.validated();
        Instant now = calendar.now();
        LocalDate today = calendar.today();
        return db.tx(tx -> {
            long id = orders.insert(tx, caller.id(), today, now);
            for (OrderInput.ValidLine line : lines) {
                OptionalLong price = offers.take(tx, line.offerId(), line.quantity(), today, now);
                if (price.isEmpty()) {
                    throw refusal(tx, line, today);
                }
                orders.insertLine(tx, id, line.offerId(), line.quantity(), price.getAsLong());
            }
            Order created = orders.find(tx, id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, id, created.fields()));
            return created;
        });
    }

    /** Why an offer could not give a line's portions, read after the failed UPDATE (which locked nothing). */
    private ApiError refusal(io.vertx.sqlclient.SqlClient tx, OrderInput.ValidLine line, LocalDate today) {
        Offer offer = offers.find(tx, line.offerId()).orElseThrow(() -> OfferService.notFound(line.offerId()));
        if (!offer.date().equals(today)) {
            return ApiError.conflict("Takeaway offer " + offer.id() + " was for " + offer.date()
                    + "; only today's offers can be ordered");
        }
        if (!offer.switchedOn()) {
            return ApiError.conflict("Take away offer is not enabled");
        }
        if (offer.soldOut()) {
            return ApiError.conflict("All take away dishes are sold out");
        }
        return ApiError.conflict("Not enough portions left for your order (" + offer.availablePortions()
                + " left of " + offer.dishNameDa() + ")");
    }

    /** {@code PATCH /{id}/pay}: RESERVED → PAID at pick-up. Paying a paid order again changes nothing. */
    public Order pay(long id, AuditActor actor) {
        return db.tx(tx -> {
            Order before = orders.lock(tx, id).orElseThrow(() -> notFound(id));
            if (Order.CANCELLED.equals(before.status())) {
                throw ApiError.conflict("Cannot pay for a cancelled order");
            }
            if (Order.PAID.equals(before.status())) {
                return before;
            }
            orders.setStatus(tx, id, Order.PAID, calendar.now());
            Order after = orders.find(tx, id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.change("pay", ENTITY, id, before.fields(), after.fields()));
            return after;
        });
    }

    /**
     * {@code PATCH /{id}/cancel}: the customer who ordered (within {@link #CANCEL_WINDOW}) or a head or sous chef.
     * Checks: the order (404), who asks (403), the customer's window (403), paid (409). Cancelling a cancelled order
     * answers it as it is: the portions went back the first time and only then.
     */
    public Order cancel(CurrentUser caller, long id, AuditActor actor) {
        return db.tx(tx -> {
            Order before = orders.lock(tx, id).orElseThrow(() -> notFound(id));
            boolean chef = chef(caller);
            if (!chef && !before.customerId().equals(caller.id())) {
                throw ApiError.forbidden("Only the customer who ordered, head chefs and sous chefs can cancel an order");
            }
            Instant now = calendar.now();
            if (!chef && Duration.between(before.orderedAt(), now).compareTo(CANCEL_WINDOW) > 0) {
                throw ApiError.forbidden("Cancellation window (45 mins) has expired. Please contact the kitchen.");
            }
            if (Order.CANCELLED.equals(before.status())) {
                return before;
            }
            if (Order.PAID.equals(before.status())) {
                throw ApiError.conflict("Cannot cancel an order that is already paid");
            }
            orders.setStatus(tx, id, Order.CANCELLED, now);
            for (Order.Line line : before.lines()) {
                offers.giveBack(tx, line.offerId(), line.quantity(), now);
            }
            Order after = orders.find(tx, id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.change("cancel", ENTITY, id, before.fields(), after.fields()));
            return after;
        });
    }

    /**
     * The day's sales per offer (offers of that day, by id) and in total. Cancelled orders count nowhere: their
     * portions are back among the remaining ones, so offered = sold + remaining for every offer.
     */
    public Map<String, Object> summary(LocalDate requested) {
        LocalDate date = requested == null ? calendar.today() : requested;
        return db.snapshot(tx -> {
            List<Offer> ofTheDay = offers.list(tx, date, null, null, null).stream()
                    .sorted(java.util.Comparator.comparingLong(Offer::id)).toList();
            List<OfferSales> sales = orders.sales(tx, date, ofTheDay);
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("date", date.toString());
            view.put("totalOfferedPortions", sales.stream().mapToLong(s -> s.offer().offeredPortions()).sum());
            view.put("totalSoldPortions", sales.stream().mapToLong(OfferSales::soldPortions).sum());
            view.put("totalRemainingPortions", sales.stream().mapToLong(s -> s.offer().availablePortions()).sum());
            view.put("totalOrders", orders.countOrders(tx, date));
            view.put("summaryPerOffer", sales.stream().map(OrderService::offerLine).toList());
            return view;
        });
    }

    private static Map<String, Object> offerLine(OfferSales sales) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("offerId", sales.offer().id());
        view.put("dish", sales.offer().dishRef());
        view.put("offeredPortions", sales.offer().offeredPortions());
        view.put("soldPortions", sales.soldPortions());
        view.put("remainingPortions", sales.offer().availablePortions());
        view.put("revenue", Money.amount(sales.revenueCents()));
        return view;
    }

    private static boolean chef(CurrentUser caller) {
        return caller.role() == Role.ADMIN || caller.role() == Role.MANAGER;
    }

    static ApiError notFound(long id) {
        return ApiError.notFound("Takeaway order with ID " + id + " was not found.");
    }
}
