package org.preptable.gateway.kitchen.dishes;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.KitchenCalendar.Week;
import org.preptable.gateway.kitchen.dishes.DishInput.DishChanges;
import org.preptable.gateway.kitchen.dishes.DishInput.NewDish;
import org.preptable.gateway.kitchen.dishes.DishRepository.MenuUse;

/**
 * The dish bank's rules (seed 001, reference §4.5): dishes are created with this ISO week as their origin (or, when
 * a suggestion is approved, its target week), replaced whole by {@code PUT}, switched on and off, and deleted only
 * while no weekly menu places them. Inactive dishes stay in the bank but are not offered for menus. Every change
 * runs in one transaction with its audit row.
 */
public final class DishService {

    public static final String ENTITY = "dishes";

    private final Db db;
    private final KitchenCalendar calendar;
    private final DishRepository dishes;

    public DishService(Db db, KitchenCalendar calendar, DishRepository dishes) {
        this.db = db;
        this.calendar = calendar;
        this.dishes = dishes;
    }

    /** The dishes a menu for {@code week} can use, each group keyed by station name (stations sorted by name). */
    public record Available(Week week, Map<String, List<Dish>> thisWeek, Map<String, List<Dish>> fromBank) {
    }

    /** The dish bank's rows for {@link DishViews}: the list is the largest kitchen read (200 dishes, 107 KB). */
    public List<Row> list(Long stationId, Boolean active) {
        return dishes.list(db.pool(), stationId, active);
    }

    /** Active dishes whose Danish or English name contains the text (2-100 characters once trimmed). */
    public List<Dish> search(String raw) {
        String query = raw == null ? "" : raw.trim();
        if (query.isEmpty()) {
            throw ApiError.badRequest("Query parameter 'query' is required");
        }
        if (query.length() < 2 || query.length() > 100) {
            throw ApiError.badRequest("Search query length must be between 2 and 100, got: " + query.length());
        }
        return dishes.searchActive(db.pool(), query);
    }

    /** What a menu for {@code week} can be made of: active dishes new that week, and the active bank before it. */
    public Available available(Week week) {
        List<Dish> thisWeek = new ArrayList<>();
        List<Dish> earlier = new ArrayList<>();
        for (Dish dish : dishes.activeUpTo(db.pool(), week)) {
            (dish.originWeek() == week.week() && dish.originYear() == week.year() ? thisWeek : earlier).add(dish);
        }
        return new Available(week, byStation(thisWeek), byStation(earlier));
    }

    /** Every active dish, grouped by station name. */
    public Map<String, List<Dish>> grouped() {
        return byStation(dishes.active(db.pool()));
    }

    public Dish.Detail detail(long id) {
        Dish dish = find(db.pool(), id);
        long menuCount = dishes.menus(db.pool(), id).size();
        String lastServed = dishes.lastServed(db.pool(), id, calendar.currentWeek())
                .map(week -> "Uge " + week.week() + " · " + week.year()).orElse(null);
        return new Dish.Detail(dish, menuCount, lastServed);
    }

    /** {@code POST /dishes}: the caller's dish, originating in the kitchen's current ISO week. */
    public Dish create(UUID creator, NewDish raw, AuditActor actor) {
        return create(creator, raw, calendar.currentWeek(), actor);
    }

    /** A dish with a given origin week (demo data places dishes in earlier weeks). */
    public Dish create(UUID creator, NewDish raw, Week origin, AuditActor actor) {
        NewDish input = raw.validated();
        return db.tx(tx -> {
            if (!dishes.stationExists(tx, input.stationId())) {
                throw ApiError.notFound("Station with ID " + input.stationId() + " was not found.");
            }
            requireAllergens(tx, input.allergenIds());
            return addToBank(tx, input.nameDA(), input.descriptionDA(), input.stationId(), input.allergenIds(),
                    creator, origin, actor);
        });
    }

    /**
     * Puts a dish in the bank inside the caller's transaction, with its audit row; the texts, station and allergens
     * must already be checked. Approving a suggestion uses it, so the dish commits with the decision or not at all.
     */
    public Dish addToBank(SqlConnection tx, String nameDa, String descriptionDa, long stationId,
                          List<Long> allergenIds, UUID creator, Week origin, AuditActor actor) {
        long id = dishes.insert(tx, nameDa, null, descriptionDa, null, stationId, creator, origin, allergenIds);
        Dish created = dishes.find(tx, id).orElseThrow();
        AuditLog.record(tx, actor, AuditEvent.create(ENTITY, id, created.fields()));
        return created;
    }

    /** {@code PUT /dishes/{id}}: texts and allergens replaced whole. */
    public Dish update(long id, DishChanges raw, AuditActor actor) {
        DishChanges input = raw.validated();
        return db.tx(tx -> {
            Dish before = dishes.lock(tx, id).orElseThrow(() -> notFound(id));
            requireAllergens(tx, input.allergenIds());
            dishes.update(tx, id, input.nameDA(), input.nameEN(), input.descriptionDA(), input.descriptionEN(),
                    input.allergenIds());
            Dish after = dishes.find(tx, id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            return after;
        });
    }

    /** Switches the dish on or off; asking for the state it is already in changes nothing and writes no row. */
    public Dish setActive(long id, boolean active, AuditActor actor) {
        return db.tx(tx -> {
            Dish before = dishes.lock(tx, id).orElseThrow(() -> notFound(id));
            if (before.active() == active) {
                return before;
            }
            dishes.setActive(tx, id, active);
            Dish after = dishes.find(tx, id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            return after;
        });
    }

    /**
     * Deletes a dish no weekly menu places (drafts included: a draft is a plan someone is making). Otherwise a 409
     * that names the menus, so the chef knows to deactivate it instead.
     */
    public void delete(long id, AuditActor actor) {
        db.tx(tx -> {
            Dish before = dishes.lock(tx, id).orElseThrow(() -> notFound(id));
            List<MenuUse> menus = dishes.menus(tx, id);
            if (!menus.isEmpty()) {
                throw ApiError.conflict("Dish is used in " + menus.size() + " weekly menu(s): "
                        + menus.stream().map(m -> "week " + m.week() + " of " + m.year() + " (" + m.status() + ")")
                                .collect(Collectors.joining(", "))
                        + " - use deactivate instead");
            }
            dishes.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            return null;
        });
    }

    /** The first unknown allergen id is a 404 naming it, as the allergens' own routes do. */
    public void requireAllergens(SqlClient client, List<Long> allergenIds) {
        dishes.firstUnknownAllergen(client, allergenIds).ifPresent(missing -> {
            throw ApiError.notFound("Allergen with ID " + missing + " was not found.");
        });
    }

    private Dish find(SqlClient client, long id) {
        return dishes.find(client, id).orElseThrow(() -> notFound(id));
    }

    private static ApiError notFound(long id) {
        return ApiError.notFound("Dish with ID " + id + " was not found.");
    }

    /** Keeps the order the dishes come in (station name, then dish name). */
    private static Map<String, List<Dish>> byStation(List<Dish> sorted) {
        Map<String, List<Dish>> groups = new LinkedHashMap<>();
        for (Dish dish : sorted) {
            groups.computeIfAbsent(dish.station().name(), name -> new ArrayList<>()).add(dish);
        }
        return groups;
    }
}
