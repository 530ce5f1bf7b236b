package org.preptable.gateway.kitchen.takeaway;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenCalendar;

/**
 * Takeaway offers (reference §4.12): a dish of the bank offered for today, from noon on (what is left after lunch
 * goes out as takeaway), with its portions and price. Every change is one transaction with its audit row; the offer
 * row is locked while it changes, so an order or a cancellation never interleaves with an edit.
 */
public final class OfferService {

    static final String ENTITY = "takeaway_offers";
    /** Takeaway is lunch's leftovers: offers open at noon, kitchen time (US-26). */
    static final LocalTime OPENS = LocalTime.NOON;

    private final Db db;
    private final KitchenCalendar calendar;
    private final OfferRepository offers;

    OfferService(Db db, KitchenCalendar calendar, OfferRepository offers) {
        this.db = db;
        this.calendar = calendar;
        this.offers = offers;
    }

    public List<Offer> list(LocalDate date, Boolean soldOut, Boolean enabled, Long dishId) {
        return offers.list(db.pool(), date, soldOut, enabled, dishId);
    }

    public Offer get(long id) {
        return offers.find(db.pool(), id).orElseThrow(() -> notFound(id));
    }

    /** {@code POST /takeaway/offers}: today's offer of a dish, all portions available, switched on. */
    public Offer create(UUID creator, OfferInput raw, AuditActor actor) {
        return create(creator, raw, actor, true);
    }

    /** For the demo loader only, which runs at whatever hour the gateway first starts: no noon rule. */
    public Offer createAnyTime(UUID creator, OfferInput raw, AuditActor actor) {
        return create(creator, raw, actor, false);
    }

    /**
     * Checks in the project's order: the body (400), the dish (404, then 409 when inactive), the opening time and
     * a second offer of the dish today (409). {@code fromNoonOnly} is off only for the demo loader, which runs at
     * whatever hour the gateway first starts.
     */
    private Offer create(UUID creator, OfferInput raw, AuditActor actor, boolean fromNoonOnly) {
        OfferInput.Valid input = raw.validated();
        return db.tx(tx -> {
            requireActiveDish(tx, input.dishId());
            if (fromNoonOnly && LocalTime.ofInstant(calendar.now(), calendar.zone()).isBefore(OPENS)) {
                throw ApiError.conflict("Takeaway offers can only be created after 12:00");
            }
            long id = offers.insert(tx, input.dishId(), calendar.today(), input.offeredPortions(),
                    input.priceCents(), creator, calendar.now()).orElseThrow(OfferService::alreadyOffered);
            Offer created = offers.find(tx, id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, id, created.fields()));
            return created;
        });
    }

    /**
     * {@code PUT /takeaway/offers/{id}}: a full replacement of dish, portions and price. Portions already sold stay
     * sold (the offered number cannot go below them) and the rest is what is left; a dish with sales cannot be swapped
     * for another, since its customers ordered that dish. Orders keep the price they were placed at.
     */
    public Offer update(long id, OfferInput raw, AuditActor actor) {
        OfferInput.Valid input = raw.validated();
        return db.tx(tx -> {
            Offer before = offers.lock(tx, id).orElseThrow(() -> notFound(id));
            if (input.dishId() != before.dishId()) {
                requireActiveDish(tx, input.dishId());
                if (before.soldPortions() > 0) {
                    throw ApiError.conflict("Cannot change the dish of an offer that has sold " + before.soldPortions()
                            + " portion(s)");
                }
                if (offers.dishOfferedOn(tx, input.dishId(), before.date(), id)) {
                    throw alreadyOffered();
                }
            }
            if (input.offeredPortions() < before.soldPortions()) {
                throw ApiError.conflict("Cannot set offered portions below already sold quantity ("
                        + before.soldPortions() + ")");
            }
            offers.update(tx, id, input.dishId(), input.offeredPortions(),
                    input.offeredPortions() - before.soldPortions(), input.priceCents(), calendar.now());
            Offer after = offers.find(tx, id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            return after;
        });
    }

    /**
     * Switches the offer on or off. Switching on a sold-out offer is a 409 (nothing could be ordered); asking for
     * the state it is already in changes nothing and writes no audit row.
     */
    public Offer setEnabled(long id, boolean enabled, AuditActor actor) {
        return db.tx(tx -> {
            Offer before = offers.lock(tx, id).orElseThrow(() -> notFound(id));
            if (enabled && before.soldOut()) {
                throw ApiError.conflict("Cannot enable a sold out offer");
            }
            if (before.switchedOn() == enabled) {
                return before;
            }
            offers.setEnabled(tx, id, enabled, calendar.now());
            Offer after = offers.find(tx, id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            return after;
        });
    }

    /** Deletes an offer nobody ever ordered; one with orders (even cancelled ones) is history, so it is a 409. */
    public void delete(long id, AuditActor actor) {
        db.tx(tx -> {
            Offer before = offers.lock(tx, id).orElseThrow(() -> notFound(id));
            if (offers.hasOrderLines(tx, id)) {
                throw ApiError.conflict("Cannot delete a takeaway offer that has orders; disable it instead");
            }
            offers.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            return null;
        });
    }

    private void requireActiveDish(io.vertx.sqlclient.SqlClient tx, long dishId) {
        OfferRepository.DishState dish = offers.dish(tx, dishId)
                .orElseThrow(() -> ApiError.notFound("Dish with ID " + dishId + " was not found."));
        if (!dish.active()) {
            throw ApiError.conflict("Dish is not active");
        }
    }

    private static ApiError alreadyOffered() {
        return ApiError.conflict("A takeaway offer for this dish already exists today");
    }

    static ApiError notFound(long id) {
        return ApiError.notFound("Takeaway offer with ID " + id + " was not found.");
    }
}
