package org.preptable.gateway.ops.meals;

import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.ops.meals.MealInput.Component;
import org.preptable.gateway.ops.meals.MealInput.Valid;

/**
 * Meals: global recipes whose cost rolls up from their bill of materials ({@link MealCosts}), which never contain
 * themselves, and whose item code routes POS order lines to a station (the meal owns its code's routing).
 */
public final class MealService {

    public static final String ENTITY = "meals";

    private final Db db;
    private final MealRepository meals;

    public MealService(Db db, MealRepository meals) {
        this.db = db;
        this.meals = meals;
    }

    public List<Meal> list(String search, String category) {
        return meals.list(db.pool(), search, category);
    }

    public Meal get(UUID id) {
        return find(db.pool(), id);
    }

    private Meal find(SqlClient client, UUID id) {
        return meals.find(client, id).orElseThrow(() -> ApiError.notFound("Meal with ID " + id + " was not found."));
    }

    public Meal create(MealInput raw, AuditActor actor) {
        Valid input = raw.validated();
        return db.tx(tx -> {
            checkReferences(tx, null, input);
            UUID id = meals.insert(tx, input);
            meals.replaceParts(tx, id, input.components(), input.allergenIds());
            routeCode(tx, null, input);
            if (!MealCosts.recompute(tx, id, "created")) {
                MealCosts.record(tx, id, 0, "created"); // every meal's history starts with its first cost
            }
            Meal created = find(tx, id);
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, id, created.fields()));
            return created;
        });
    }

    public Meal update(UUID id, MealInput raw, AuditActor actor) {
        Valid input = raw.validated();
        return db.tx(tx -> {
            if (!meals.lock(tx, id)) {
                throw ApiError.notFound("Meal with ID " + id + " was not found.");
            }
            Meal before = find(tx, id);
            checkReferences(tx, id, input);
            meals.update(tx, id, input);
            meals.replaceParts(tx, id, input.components(), input.allergenIds());
            routeCode(tx, before.itemCode(), input);
            List<UUID> recomputed = MealCosts.afterMealChange(tx, id, "recipe of '" + input.name() + "' changed");
            Meal after = find(tx, id);
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            recordCascade(tx, actor, id, recomputed);
            return after;
        });
    }

    public void delete(UUID id, AuditActor actor) {
        db.tx(tx -> {
            if (!meals.lock(tx, id)) {
                throw ApiError.notFound("Meal with ID " + id + " was not found.");
            }
            Meal before = find(tx, id);
            List<String> users = meals.usedBy(tx, id);
            if (!users.isEmpty()) {
                throw ApiError.conflict("Cannot delete meal '" + before.name() + "': it is used by "
                        + String.join(", ", users));
            }
            if (before.itemCode() != null) {
                meals.unroute(tx, before.itemCode());
            }
            meals.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            return null;
        });
    }

    private void checkReferences(SqlClient tx, UUID self, Valid input) {
        meals.nameTaken(tx, input.name(), self).ifPresent(other -> {
            throw ApiError.conflict("A meal named '" + other + "' already exists");
        });
        if (input.itemCode() != null) {
            meals.codeTaken(tx, input.itemCode(), self).ifPresent(other -> {
                throw ApiError.conflict("Item code " + input.itemCode() + " already belongs to meal '" + other + "'");
            });
        }
        if (input.stationId() != null && meals.stationName(tx, input.stationId()).isEmpty()) {
            throw ApiError.badRequest("Station with ID " + input.stationId() + " was not found");
        }
        meals.firstMissingAllergen(tx, input.allergenIds()).ifPresent(missing -> {
            throw ApiError.badRequest("Allergen with ID " + missing + " was not found");
        });
        List<UUID> itemIds = input.components().stream().map(Component::itemId).filter(Objects::nonNull).toList();
        List<UUID> mealIds = input.components().stream().map(Component::mealId).filter(Objects::nonNull).toList();
        meals.firstMissing(tx, itemIds, false).ifPresent(missing -> {
            throw ApiError.badRequest("Item with ID " + missing + " was not found");
        });
        meals.firstMissing(tx, mealIds, true).ifPresent(missing -> {
            throw ApiError.badRequest("Meal with ID " + missing + " was not found");
        });
        if (self != null && !mealIds.isEmpty()) {
            if (mealIds.contains(self)) {
                throw ApiError.badRequest("A meal cannot contain itself: " + input.name() + " → " + input.name());
            }
            meals.pathDownTo(tx, self, mealIds).ifPresent(path -> {
                List<String> cycle = new ArrayList<>();
                cycle.add(input.name());
                cycle.addAll(path.subList(0, path.size() - 1));
                cycle.add(input.name());
                throw ApiError.badRequest("A meal cannot contain itself: " + String.join(" → ", cycle));
            });
        }
    }

    /** The meal owns the routing of its code: a new code routes to the given station, an old code stops routing. */
    private void routeCode(SqlClient tx, String oldCode, Valid input) {
        if (oldCode != null && !oldCode.equals(input.itemCode())) {
            meals.unroute(tx, oldCode);
        }
        if (input.itemCode() != null && input.stationId() != null) {
            meals.route(tx, input.itemCode(), input.stationId());
        }
    }

    /** Meals whose cost moved because this one's did: their own audit rows, so the log explains every new cost. */
    private void recordCascade(SqlConnection tx, AuditActor actor, UUID changed, List<UUID> recomputed) {
        for (UUID other : recomputed) {
            if (other.equals(changed)) {
                continue;
            }
            Meal meal = find(tx, other);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("unit_cost_cents", meal.unitCostCents());
            after.put("cause", "component meal " + changed + " changed");
            AuditLog.record(tx, actor, AuditEvent.of("cost_recomputed", ENTITY, other, after));
        }
    }
}
