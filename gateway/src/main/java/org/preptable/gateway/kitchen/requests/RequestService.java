package org.preptable.gateway.kitchen.requests;

import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.notifications.Notifications;
import org.preptable.gateway.kitchen.requests.IngredientRequest.Status;
import org.preptable.gateway.kitchen.requests.IngredientRequest.Type;
import org.preptable.gateway.kitchen.requests.RequestInput.Approval;
import org.preptable.gateway.kitchen.requests.RequestInput.Checked;
import org.preptable.gateway.kitchen.requests.RequestInput.Rejection;
import org.preptable.gateway.kitchen.requests.RequestInput.RequestBody;
import org.preptable.gateway.kitchen.requests.RequestRepository.DishInfo;
import org.preptable.gateway.kitchen.requests.RequestRepository.Filter;

/**
 * Ingredient requests (reference §4.8): kitchen staff ask for an ingredient, for general stock or for a dish of
 * their station, to be delivered from today up to 30 days ahead (the kitchen's days); the requester (or a head or
 * sous chef) edits or withdraws it while it is PENDING; head and sous chefs approve it, optionally adjusting
 * quantity, unit and note, or reject it with a reason. Checks run in the reference's order: validation (400),
 * lookups (404), ownership and station (403), state (409). Every write commits with its audit row and the
 * notifications it causes.
 */
public final class RequestService {

    public static final String ENTITY = "ingredient_requests";
    static final String CATEGORY = "INGREDIENT_REQUEST";
    /** How far ahead a delivery may be asked for. */
    static final int WINDOW_DAYS = 30;

    private final Db db;
    private final KitchenCalendar calendar;
    private final RequestRepository requests;

    public RequestService(Db db, KitchenCalendar calendar, RequestRepository requests) {
        this.db = db;
        this.calendar = calendar;
        this.requests = requests;
    }

    /** A line cook's list is always their own, whatever the filter says. */
    public List<IngredientRequest> list(CurrentUser caller, Filter filter) {
        Filter scoped = reviewer(caller) ? filter : new Filter(filter.status(), filter.deliveryDate(), filter.type(),
                filter.stationId(), caller.id(), filter.limit());
        return requests.list(db.pool(), scoped);
    }

    public IngredientRequest get(CurrentUser caller, long id) {
        IngredientRequest request = requests.find(db.pool(), id).orElseThrow(() -> notFound(id));
        requireOwnerOrReviewer(caller, request, "Only owner, head chef, or sous chef can view this request");
        return request;
    }

    /** A PENDING request; the head and sous chefs (but not the requester) are told of it. */
    public IngredientRequest create(CurrentUser caller, RequestBody raw, AuditActor actor) {
        Checked input = raw.validated();
        requireWindow(input.deliveryDate());
        return db.tx(tx -> {
            Long station = station(tx, caller, input, caller.id());
            long id = requests.insert(tx, input, station, caller.id());
            IngredientRequest created = requests.find(tx, id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, id, created.fields()));
            for (UUID chef : requests.reviewers(tx)) {
                if (!chef.equals(caller.id())) {
                    Notifications.store(tx, chef, Notifications.Type.NEW_INGREDIENT_REQUEST, CATEGORY,
                            created.requestedBy().firstName() + " " + created.requestedBy().lastName()
                                    + " requests " + amount(created) + " " + created.name() + " for "
                                    + created.deliveryDate(), id);
                }
            }
            return created;
        });
    }

    /** Replaces a PENDING request whole, its type included (the reference kept the old type). */
    public IngredientRequest update(CurrentUser caller, long id, RequestBody raw, AuditActor actor) {
        Checked input = raw.validated();
        requireWindow(input.deliveryDate());
        return db.tx(tx -> {
            IngredientRequest before = lock(tx, id);
            requireOwnerOrReviewer(caller, before, "Only owner, head chef, or sous chef can update requests");
            Long station = station(tx, caller, input, before.createdById());
            requirePending(before);
            requests.update(tx, id, input, station);
            return recordUpdate(tx, before, actor);
        });
    }

    /** Withdraws a PENDING request. */
    public void delete(CurrentUser caller, long id, AuditActor actor) {
        db.tx(tx -> {
            IngredientRequest before = lock(tx, id);
            requireOwnerOrReviewer(caller, before, "Only owner, head chef, or sous chef can delete requests");
            if (before.status() != Status.PENDING) {
                throw ApiError.conflict("Cannot delete a non-pending request");
            }
            requests.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            Notifications.pendingCountChanged(tx, CATEGORY); // the chefs' pending count, after every other write
            return null;
        });
    }

    /** APPROVED by the caller, with any quantity, unit or note the chef adjusted; the requester is told. */
    public IngredientRequest approve(CurrentUser caller, long id, Approval raw, AuditActor actor) {
        Approval input = (raw == null ? Approval.AS_REQUESTED : raw).validated();
        return db.tx(tx -> {
            IngredientRequest before = lock(tx, id);
            requirePending(before);
            IngredientRequest adjusted = new IngredientRequest(before.id(), before.name(),
                    input.quantity() == null ? before.quantity() : input.quantity(),
                    input.unit() == null ? before.unit() : input.parsedUnit(), before.preferredSupplier(),
                    input.note() == null ? before.note() : input.note(), before.status(), null,
                    before.requestType(), before.deliveryDate(), before.createdById(), before.requestedBy(), null,
                    null, before.dish(), before.station(), null, before.createdAt(), before.updatedAt());
            requests.decide(tx, adjusted, Status.APPROVED, caller.id(), null, calendar.now());
            IngredientRequest after = recordUpdate(tx, before, actor);
            Notifications.store(tx, before.createdById(), Notifications.Type.REQUEST_APPROVED, CATEGORY,
                    "Your request for " + amount(after) + " " + after.name() + " for " + after.deliveryDate()
                            + " was approved", id);
            Notifications.pendingCountChanged(tx, CATEGORY);
            return after;
        });
    }

    /** REJECTED by the caller (who is recorded, unlike the reference), with the reason for the requester. */
    public IngredientRequest reject(CurrentUser caller, long id, Rejection raw, AuditActor actor) {
        Rejection input = raw.validated();
        return db.tx(tx -> {
            IngredientRequest before = lock(tx, id);
            requirePending(before);
            requests.decide(tx, before, Status.REJECTED, caller.id(), input.reason(), calendar.now());
            IngredientRequest after = recordUpdate(tx, before, actor);
            Notifications.store(tx, before.createdById(), Notifications.Type.REQUEST_REJECTED, CATEGORY,
                    "Your request for " + amount(before) + " " + before.name() + " for " + before.deliveryDate()
                            + " was rejected: " + input.reason(), id);
            Notifications.pendingCountChanged(tx, CATEGORY);
            return after;
        });
    }

    /** From today to today + 30 days in the kitchen's zone (today is allowed, as in the reference). */
    private void requireWindow(LocalDate date) {
        LocalDate today = calendar.today();
        if (date.isBefore(today)) {
            throw ApiError.badRequest("Delivery date must be in the future");
        }
        if (date.isAfter(today.plusDays(WINDOW_DAYS))) {
            throw ApiError.badRequest("Cannot order more than " + WINDOW_DAYS + " days in advance");
        }
    }

    /**
     * The station the request is for. A dish-specific one: the dish's, after the reference's checks (404, active,
     * and for a line cook their own station's dish). General stock: the requester's station, if they have one.
     */
    private Long station(SqlConnection tx, CurrentUser caller, Checked input, UUID requester) {
        if (input.requestType() == Type.GENERAL_STOCK) {
            return requests.stationOf(tx, requester).orElse(null);
        }
        DishInfo dish = requests.dish(tx, input.dishId()).orElseThrow(() ->
                ApiError.notFound("Dish with ID " + input.dishId() + " was not found."));
        if (!dish.active()) {
            throw ApiError.badRequest("Dish must be active");
        }
        if (!reviewer(caller)) {
            Long own = requests.stationOf(tx, caller.id()).orElse(null);
            if (own == null) {
                throw ApiError.badRequest("You are not assigned to a station — contact your head chef");
            }
            if (own != dish.stationId()) {
                throw ApiError.forbidden("Dish does not belong to your station");
            }
        }
        return dish.stationId();
    }

    private IngredientRequest recordUpdate(SqlConnection tx, IngredientRequest before, AuditActor actor) {
        IngredientRequest after = requests.find(tx, before.id()).orElseThrow();
        AuditLog.record(tx, actor, AuditEvent.update(ENTITY, before.id(), before.fields(), after.fields()));
        return after;
    }

    /** "2.5 KG", as the notifications say it. */
    private static String amount(IngredientRequest request) {
        return request.quantity().stripTrailingZeros().toPlainString() + " " + request.unit().name();
    }

    /** Head and sous chefs review requests and may act on anyone's. */
    static boolean reviewer(CurrentUser caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.MANAGER);
    }

    private static void requireOwnerOrReviewer(CurrentUser caller, IngredientRequest request, String message) {
        if (!reviewer(caller) && !caller.id().equals(request.createdById())) {
            throw ApiError.forbidden(message);
        }
    }

    private static void requirePending(IngredientRequest request) {
        if (request.status() != Status.PENDING) {
            throw ApiError.conflict("Can only modify pending requests. Current: " + request.status());
        }
    }

    private IngredientRequest lock(SqlClient tx, long id) {
        return requests.lock(tx, id).orElseThrow(() -> notFound(id));
    }

    private static ApiError notFound(long id) {
        return ApiError.notFound("Ingredient request with ID " + id + " was not found.");
    }
}
