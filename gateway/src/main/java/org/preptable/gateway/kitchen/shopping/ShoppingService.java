package org.preptable.gateway.kitchen.shopping;

import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.KitchenText;
import org.preptable.gateway.kitchen.shopping.Aggregator.Item;
import org.preptable.gateway.kitchen.shopping.Aggregator.Line;
import org.preptable.gateway.kitchen.shopping.NameNormalizer.Language;
import org.preptable.gateway.kitchen.shopping.ShoppingInput.Checked;
import org.preptable.gateway.kitchen.shopping.ShoppingInput.Generate;
import org.preptable.gateway.kitchen.shopping.ShoppingInput.ItemChanges;
import org.preptable.gateway.kitchen.shopping.ShoppingInput.NewDate;
import org.preptable.gateway.kitchen.shopping.ShoppingInput.NewItem;
import org.preptable.gateway.kitchen.shopping.ShoppingList.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shopping lists (reference §4.9), one per delivery date: generated from that date's approved ingredient requests
 * (names normalized, quantities merged: {@link Aggregator}), then edited by hand while DRAFT, items marked ordered,
 * and FINALIZED once everything is ordered. A finalized list is final: no item changes, no new date, no delete.
 * Checks run validation (400), lookups (404), state (409); every write commits with its audit row.
 */
public final class ShoppingService {

    public static final String ENTITY = "shopping_lists";
    private static final Logger LOG = LoggerFactory.getLogger(ShoppingService.class);

    private final Db db;
    private final KitchenCalendar calendar;
    private final ShoppingRepository lists;
    private final NameNormalizer normalizer;

    public ShoppingService(Db db, KitchenCalendar calendar, ShoppingRepository lists, NameNormalizer normalizer) {
        this.db = db;
        this.calendar = calendar;
        this.lists = lists;
        this.normalizer = normalizer;
    }

    /** Names the AI normalizer proposed and passed the name rules; {@code normalized} when it answered. */
    record Names(Map<String, String> better, boolean normalized) {
    }

    public List<ShoppingList> list(Status status, LocalDate deliveryDate) {
        return lists.list(db.pool(), status, deliveryDate);
    }

    public ShoppingList get(long id) {
        return lists.find(db.pool(), id).orElseThrow(() -> notFound(id));
    }

    /**
     * A DRAFT list of the date's approved requests. The AI normalizer, if configured, is asked before the
     * transaction (a slow service holds no locks); the requests are read again inside it.
     */
    public ShoppingList generate(CurrentUser caller, Generate body, AuditActor actor) {
        LocalDate date = body.date();
        Language language = body.language();
        if (date.isBefore(calendar.today())) {
            throw ApiError.badRequest("Delivery date must be in the future");
        }
        requireFree(db.pool(), date);
        List<Line> asked = lists.approved(db.pool(), date);
        if (asked.isEmpty()) {
            throw ApiError.conflict("No approved requests for date: " + date);
        }
        Names names = names(asked.stream().map(Line::name).distinct().toList(), language);
        return db.tx(tx -> {
            requireFree(tx, date);
            List<Line> approved = lists.approved(tx, date);
            if (approved.isEmpty()) {
                throw ApiError.conflict("No approved requests for date: " + date);
            }
            long id = lists.insert(tx, date, names.normalized(), caller.id());
            for (Item item : Aggregator.aggregate(approved, names.better())) {
                lists.addItem(tx, id, item.name(), item.quantity(), item.unit(), item.supplier(), item.notes());
            }
            ShoppingList created = lists.find(tx, id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, id, created.fields()));
            return created;
        });
    }

    public ShoppingList finalizeList(long id, AuditActor actor) {
        return db.tx(tx -> {
            ShoppingList before = lock(tx, id);
            if (before.status() != Status.DRAFT) {
                throw ApiError.conflict("Cannot finalize - list is " + before.status());
            }
            if (!before.allOrdered()) {
                throw ApiError.conflict("Cannot finalize — not all items have been ordered");
            }
            lists.finalizeList(tx, id, calendar.now());
            return recordUpdate(tx, before, actor);
        });
    }

    /** Moves a DRAFT list to another date (today or later) that has no list yet. */
    public ShoppingList moveTo(long id, NewDate body, AuditActor actor) {
        LocalDate date = body.date();
        if (date.isBefore(calendar.today())) {
            throw ApiError.badRequest("Delivery date must be in the future");
        }
        return db.tx(tx -> {
            ShoppingList before = lock(tx, id);
            if (before.status() != Status.DRAFT) {
                throw ApiError.conflict("Cannot update delivery date - list is " + before.status());
            }
            if (date.equals(before.deliveryDate())) {
                return before;
            }
            if (lists.idFor(tx, date).isPresent()) {
                throw ApiError.conflict("A shopping list already exists for: " + date);
            }
            lists.moveTo(tx, id, date);
            return recordUpdate(tx, before, actor);
        });
    }

    public void delete(long id, AuditActor actor) {
        db.tx(tx -> {
            ShoppingList before = lock(tx, id);
            if (before.status() == Status.FINALIZED) {
                throw ApiError.conflict("Cannot delete a finalized shopping list");
            }
            lists.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            return null;
        });
    }

    /** Marks every item not yet ordered; a list with nothing left to order is answered as it is. */
    public ShoppingList orderAll(long id, AuditActor actor) {
        return db.tx(tx -> {
            ShoppingList before = lock(tx, id);
            return lists.markOrdered(tx, id, null) > 0 ? recordUpdate(tx, before, actor) : before;
        });
    }

    /** An item added by hand to a DRAFT list; its notes say who added it. */
    public ShoppingList addItem(CurrentUser caller, long id, NewItem body, AuditActor actor) {
        Checked input = body.validated();
        return db.tx(tx -> {
            ShoppingList before = lock(tx, id);
            if (before.status() != Status.DRAFT) {
                throw ApiError.conflict("Cannot add items - list is " + before.status());
            }
            lists.addItem(tx, id, input.name(), input.quantity(), input.unit(), input.supplier(),
                    "Manual entry by: " + lists.fullName(tx, caller.id()));
            return recordUpdate(tx, before, actor);
        });
    }

    public ShoppingList updateItem(long id, long itemId, ItemChanges body, AuditActor actor) {
        Checked input = body.validated();
        return db.tx(tx -> {
            ShoppingList before = lockWithItem(tx, id, itemId);
            if (before.status() != Status.DRAFT) {
                throw ApiError.conflict("Cannot modify items in finalized list");
            }
            lists.updateItem(tx, id, itemId, input.quantity(), input.unit(), input.supplier());
            return recordUpdate(tx, before, actor);
        });
    }

    public ShoppingList removeItem(long id, long itemId, AuditActor actor) {
        return db.tx(tx -> {
            ShoppingList before = lockWithItem(tx, id, itemId);
            if (before.status() != Status.DRAFT) {
                throw ApiError.conflict("Cannot remove items - list is " + before.status());
            }
            lists.removeItem(tx, id, itemId);
            return recordUpdate(tx, before, actor);
        });
    }

    public ShoppingList markOrdered(long id, long itemId, AuditActor actor) {
        return db.tx(tx -> {
            ShoppingList before = lockWithItem(tx, id, itemId);
            if (before.item(itemId).ordered()) {
                throw ApiError.conflict("Item is already marked as ordered");
            }
            lists.markOrdered(tx, id, itemId);
            return recordUpdate(tx, before, actor);
        });
    }

    /**
     * The AI normalizer's names, each held to the kitchen's name rules (a name that breaks them is dropped and that
     * ingredient keeps its own); on any failure none, silently (a warning in the log).
     */
    Names names(List<String> originals, Language language) {
        if (!normalizer.enabled()) {
            return new Names(Map.of(), false);
        }
        Map<String, String> proposed;
        try {
            proposed = normalizer.improve(originals, language);
        } catch (Exception e) {
            LOG.warn("AI name normalizer failed, using the deterministic rules: {}", e.toString());
            return new Names(Map.of(), false);
        }
        Map<String, String> accepted = new LinkedHashMap<>();
        for (String original : originals) {
            String better = proposed.get(original);
            if (better != null) {
                try {
                    accepted.put(original, KitchenText.name(better, "Name"));
                } catch (ApiError refused) {
                    LOG.info("AI name normalizer proposed an unusable name for '{}': {}", original,
                            refused.getMessage());
                }
            }
        }
        return new Names(Map.copyOf(accepted), !accepted.isEmpty());
    }

    private void requireFree(SqlClient client, LocalDate date) {
        if (lists.idFor(client, date).isPresent()) {
            throw ApiError.conflict("Shopping list already exists for date: " + date);
        }
    }

    private ShoppingList recordUpdate(SqlConnection tx, ShoppingList before, AuditActor actor) {
        ShoppingList after = lists.find(tx, before.id()).orElseThrow();
        AuditLog.record(tx, actor, AuditEvent.update(ENTITY, before.id(), before.fields(), after.fields()));
        return after;
    }

    private ShoppingList lock(SqlConnection tx, long id) {
        return lists.lock(tx, id).orElseThrow(() -> notFound(id));
    }

    private ShoppingList lockWithItem(SqlConnection tx, long id, long itemId) {
        ShoppingList list = lock(tx, id);
        if (list.item(itemId) == null) {
            throw ApiError.notFound("Shopping list item with ID " + itemId + " was not found on shopping list "
                    + id + ".");
        }
        return list;
    }

    private static ApiError notFound(long id) {
        return ApiError.notFound("Shopping list with ID " + id + " was not found.");
    }
}
