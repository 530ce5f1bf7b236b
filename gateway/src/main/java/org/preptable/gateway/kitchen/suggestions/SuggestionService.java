package org.preptable.gateway.kitchen.suggestions;

import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.time.LocalDate;
import java.util.List;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.KitchenCalendar.Week;
import org.preptable.gateway.kitchen.allergens.Allergen;
import org.preptable.gateway.kitchen.dishes.Dish;
import org.preptable.gateway.kitchen.dishes.DishService;
import org.preptable.gateway.kitchen.notifications.Notifications;
import org.preptable.gateway.kitchen.suggestions.Suggestion.Status;
import org.preptable.gateway.kitchen.suggestions.SuggestionInput.NewSuggestion;
import org.preptable.gateway.kitchen.suggestions.SuggestionInput.Rejection;
import org.preptable.gateway.kitchen.suggestions.SuggestionInput.SuggestionChanges;
import org.preptable.gateway.kitchen.suggestions.SuggestionRepository.Filter;

/**
 * Dish suggestions (reference §4.6): line cooks suggest dishes for a coming ISO week until the Thursday before it
 * and see only their own; the creator edits or withdraws a suggestion while it is PENDING, head and sous chefs any
 * time they may; head and sous chefs approve (the dish goes into the bank in the same transaction) or reject with
 * feedback, and the creator gets a stored notification either way. Checks run in the reference's order: validation
 * (400), lookup (404), ownership (403), state (409).
 */
public final class SuggestionService {

    public static final String ENTITY = "dish_suggestions";
    static final String CATEGORY = Notifications.DISH_SUGGESTION;

    private final Db db;
    private final KitchenCalendar calendar;
    private final SuggestionRepository suggestions;
    private final DishService dishes;

    public SuggestionService(Db db, KitchenCalendar calendar, SuggestionRepository suggestions, DishService dishes) {
        this.db = db;
        this.calendar = calendar;
        this.suggestions = suggestions;
        this.dishes = dishes;
    }

    /** "Today" in the kitchen's zone, which decides {@code isPastDeadline}. */
    public LocalDate today() {
        return calendar.today();
    }

    /** A line cook's list is always their own, whatever the filter says. */
    public List<Suggestion> list(CurrentUser caller, Filter filter) {
        Filter scoped = reviewer(caller) ? filter : new Filter(filter.status(), filter.week(), filter.stationId(),
                caller.id(), filter.order(), filter.limit());
        return suggestions.list(db.pool(), scoped);
    }

    /** Everyone's suggestions for the kitchen's current ISO week. */
    public List<Suggestion> currentWeek(Status status) {
        return suggestions.list(db.pool(), new Filter(status, calendar.currentWeek(), null, null,
                SuggestionRepository.Order.CREATED_AT, null));
    }

    public Suggestion get(CurrentUser caller, long id) {
        Suggestion suggestion = find(db.pool(), id);
        requireOwnerOrReviewer(caller, suggestion, "You can only view your own suggestions");
        return suggestion;
    }

    /** A PENDING suggestion, accepted only before the Thursday before its target week (in the kitchen's zone). */
    public Suggestion create(CurrentUser caller, NewSuggestion raw, AuditActor actor) {
        NewSuggestion input = raw.validated();
        return db.tx(tx -> {
            if (!suggestions.stationExists(tx, input.stationId())) {
                throw ApiError.notFound("Station with ID " + input.stationId() + " was not found.");
            }
            dishes.requireAllergens(tx, input.allergenIds());
            LocalDate deadline = Suggestion.deadline(input.target());
            if (!calendar.today().isBefore(deadline)) {
                throw ApiError.conflict("Deadline passed. Last chance was " + deadline.minusDays(1));
            }
            long id = suggestions.insert(tx, input.nameDA(), input.descriptionDA(), input.stationId(),
                    input.target(), caller.id(), input.allergenIds());
            Suggestion created = suggestions.find(tx, id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, id, created.fields()));
            Notifications.storeForChefs(tx, Notifications.Type.NEW_DISH_SUGGESTION, CATEGORY,
                    "New dish suggestion '" + created.nameDa() + "' for week " + created.targetWeek() + " of "
                            + created.targetYear(), id);
            return created;
        });
    }

    /** Replaces texts and allergens of a PENDING suggestion. */
    public Suggestion update(CurrentUser caller, long id, SuggestionChanges raw, AuditActor actor) {
        SuggestionChanges input = raw.validated();
        return db.tx(tx -> {
            Suggestion before = lock(tx, id);
            requireOwnerOrReviewer(caller, before, "You can only update your own suggestions");
            dishes.requireAllergens(tx, input.allergenIds());
            requirePending(before);
            suggestions.update(tx, id, input.nameDA(), input.descriptionDA(), input.allergenIds());
            return recordUpdate(tx, before, actor);
        });
    }

    /** The creator withdraws a suggestion while it is PENDING; head and sous chefs delete one in any state. */
    public void delete(CurrentUser caller, long id, AuditActor actor) {
        db.tx(tx -> {
            Suggestion before = lock(tx, id);
            requireOwnerOrReviewer(caller, before, "Only head chef, sous chef or creator can delete");
            if (!reviewer(caller) && before.status() != Status.PENDING) {
                throw ApiError.conflict("Only pending suggestions can be withdrawn by their creator; this one is "
                        + before.status());
            }
            suggestions.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            if (before.status() == Status.PENDING) {
                Notifications.pendingCountChanged(tx, CATEGORY);
            }
            return null;
        });
    }

    /** Takes one allergen off a PENDING suggestion; one it does not carry changes nothing (and writes no row). */
    public Suggestion removeAllergen(CurrentUser caller, long id, long allergenId, AuditActor actor) {
        return db.tx(tx -> {
            Suggestion before = lock(tx, id);
            requireOwnerOrReviewer(caller, before, "You can only remove allergen on your own suggestions");
            if (!suggestions.allergenExists(tx, allergenId)) {
                throw ApiError.notFound("Allergen with ID " + allergenId + " was not found.");
            }
            requirePending(before);
            return suggestions.removeAllergen(tx, id, allergenId) ? recordUpdate(tx, before, actor) : before;
        });
    }

    /**
     * APPROVED, and the dish in the bank: same texts, station and allergens, created by the suggestion's creator,
     * originating in its target week, active. All in one transaction with the audit rows and the notification.
     */
    public Suggestion approve(CurrentUser caller, long id, AuditActor actor) {
        return db.tx(tx -> {
            Suggestion before = lock(tx, id);
            requirePending(before);
            Dish dish = dishes.addToBank(tx, before.nameDa(), before.descriptionDa(), before.station().id(),
                    before.allergens().stream().map(Allergen::id).toList(), before.createdById(),
                    new Week(before.targetWeek(), before.targetYear()), actor);
            suggestions.decide(tx, id, Status.APPROVED, caller.id(), null, dish.id());
            Suggestion after = recordUpdate(tx, before, actor);
            Notifications.store(tx, before.createdById(), Notifications.Type.SUGGESTION_APPROVED, CATEGORY,
                    "Your suggestion '" + before.nameDa() + "' for week " + before.targetWeek() + " of "
                            + before.targetYear() + " was approved and is now in the dish bank", id);
            Notifications.pendingCountChanged(tx, CATEGORY);
            return after;
        });
    }

    /** REJECTED, with the chef's feedback for the cook. */
    public Suggestion reject(CurrentUser caller, long id, Rejection raw, AuditActor actor) {
        Rejection input = raw.validated();
        return db.tx(tx -> {
            Suggestion before = lock(tx, id);
            requirePending(before);
            suggestions.decide(tx, id, Status.REJECTED, caller.id(), input.feedback(), null);
            Suggestion after = recordUpdate(tx, before, actor);
            Notifications.store(tx, before.createdById(), Notifications.Type.SUGGESTION_REJECTED, CATEGORY,
                    "Your suggestion '" + before.nameDa() + "' for week " + before.targetWeek() + " of "
                            + before.targetYear() + " was rejected: " + input.feedback(), id);
            Notifications.pendingCountChanged(tx, CATEGORY);
            return after;
        });
    }

    private Suggestion recordUpdate(SqlConnection tx, Suggestion before, AuditActor actor) {
        Suggestion after = suggestions.find(tx, before.id()).orElseThrow();
        AuditLog.record(tx, actor, AuditEvent.update(ENTITY, before.id(), before.fields(), after.fields()));
        return after;
    }

    /** Head and sous chefs review suggestions and may act on anyone's. */
    private static boolean reviewer(CurrentUser caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.MANAGER);
    }

    private static void requireOwnerOrReviewer(CurrentUser caller, Suggestion suggestion, String message) {
        if (!reviewer(caller) && !caller.id().equals(suggestion.createdById())) {
            throw ApiError.forbidden(message);
        }
    }

    private static void requirePending(Suggestion suggestion) {
        if (suggestion.status() != Status.PENDING) {
            throw ApiError.conflict("Only pending suggestions allowed here (this one is " + suggestion.status() + ")");
        }
    }

    private Suggestion lock(SqlClient tx, long id) {
        return suggestions.lock(tx, id).orElseThrow(() -> notFound(id));
    }

    private Suggestion find(SqlClient client, long id) {
        return suggestions.find(client, id).orElseThrow(() -> notFound(id));
    }

    private static ApiError notFound(long id) {
        return ApiError.notFound("Dish suggestion with ID " + id + " was not found.");
    }
}
