package org.preptable.gateway.kitchen.suggestions;

import static org.preptable.gateway.auth.Role.ADMIN;
import static org.preptable.gateway.auth.Role.MANAGER;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.kitchen.dishes.WeekQuery;
import org.preptable.gateway.kitchen.suggestions.Suggestion.Status;
import org.preptable.gateway.kitchen.suggestions.SuggestionInput.NewSuggestion;
import org.preptable.gateway.kitchen.suggestions.SuggestionInput.Rejection;
import org.preptable.gateway.kitchen.suggestions.SuggestionInput.SuggestionChanges;
import org.preptable.gateway.kitchen.suggestions.SuggestionRepository.Filter;
import org.preptable.gateway.kitchen.suggestions.SuggestionRepository.Order;

/**
 * {@code /dish-suggestions/**} (reference §4.6). {@code current-week} is registered before
 * {@code /dish-suggestions/:id}, which would otherwise take it for an id.
 */
public final class SuggestionRoutes {

    private final SuggestionService service;
    private final Gates gates;

    public SuggestionRoutes(SuggestionService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/dish-suggestions").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::list);
        api.get("/dish-suggestions/current-week").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::currentWeek);
        api.get("/dish-suggestions/:id").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::get);
        api.post("/dish-suggestions").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::create);
        api.put("/dish-suggestions/:id").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::update);
        api.delete("/dish-suggestions/:id").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::delete);
        api.delete("/dish-suggestions/:id/allergens/:allergenId").handler(gates.kitchen(Gates.KITCHEN_STAFF))
                .handler(this::removeAllergen);
        api.patch("/dish-suggestions/:id/approve").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::approve);
        api.patch("/dish-suggestions/:id/reject").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::reject);
    }

    private void list(RoutingContext ctx) {
        Filter filter = new Filter(status(ctx).orElse(null), WeekQuery.optional(ctx).orElse(null),
                Params.queryPositiveLong(ctx, "stationId").orElse(null), null, order(ctx),
                Params.queryInt(ctx, "limit", 1, 1000).orElse(null));
        render(ctx, 200, service.list(caller(ctx), filter));
    }

    private void currentWeek(RoutingContext ctx) {
        render(ctx, 200, service.currentWeek(status(ctx).orElse(null)));
    }

    private void get(RoutingContext ctx) {
        render(ctx, 200, service.get(caller(ctx), id(ctx)));
    }

    private void create(RoutingContext ctx) {
        NewSuggestion body = Bodies.read(ctx, NewSuggestion.class);
        render(ctx, 201, service.create(caller(ctx), body, AuditActor.of(ctx)));
    }

    private void update(RoutingContext ctx) {
        long id = id(ctx);
        SuggestionChanges body = Bodies.read(ctx, SuggestionChanges.class);
        render(ctx, 200, service.update(caller(ctx), id, body, AuditActor.of(ctx)));
    }

    private void delete(RoutingContext ctx) {
        service.delete(caller(ctx), id(ctx), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private void removeAllergen(RoutingContext ctx) {
        long id = id(ctx);
        long allergenId = Params.positiveId(ctx, "allergenId");
        render(ctx, 200, service.removeAllergen(caller(ctx), id, allergenId, AuditActor.of(ctx)));
    }

    private void approve(RoutingContext ctx) {
        render(ctx, 200, service.approve(caller(ctx), id(ctx), AuditActor.of(ctx)));
    }

    private void reject(RoutingContext ctx) {
        long id = id(ctx);
        Rejection body = Bodies.read(ctx, Rejection.class);
        render(ctx, 200, service.reject(caller(ctx), id, body, AuditActor.of(ctx)));
    }

    private void render(RoutingContext ctx, int status, Suggestion suggestion) {
        Responses.json(ctx, status, suggestion.view(service.today()));
    }

    private void render(RoutingContext ctx, int status, List<Suggestion> suggestions) {
        LocalDate today = service.today();
        List<Map<String, Object>> views = suggestions.stream().map(s -> s.view(today)).toList();
        Responses.json(ctx, status, views);
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }

    private static long id(RoutingContext ctx) {
        return Params.positiveId(ctx, "id");
    }

    /** PENDING, APPROVED or REJECTED, any case. */
    private static Optional<Status> status(RoutingContext ctx) {
        return Params.query(ctx, "status").map(raw -> {
            for (Status status : Status.values()) {
                if (status.name().equalsIgnoreCase(raw)) {
                    return status;
                }
            }
            throw ApiError.badRequest("Invalid status value: " + raw);
        });
    }

    /** {@code status}, {@code station} or {@code createdAt}; absent: the latest target week first. */
    private static Order order(RoutingContext ctx) {
        return Params.query(ctx, "orderBy").map(raw -> switch (raw.toLowerCase(Locale.ROOT)) {
            case "status" -> Order.STATUS;
            case "station" -> Order.STATION;
            case "createdat" -> Order.CREATED_AT;
            default -> throw ApiError.badRequest(
                    "Invalid orderBy value: " + raw + " (use status, station or createdAt)");
        }).orElse(Order.TARGET);
    }
}
