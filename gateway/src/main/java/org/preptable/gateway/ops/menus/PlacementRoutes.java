package org.preptable.gateway.ops.menus;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.preptable.gateway.Sha256;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.ops.OpsRoles;
import org.preptable.model.Json;

/**
 * A location's placements (read by its people, written by its managers and admins) and its current menu, which its
 * kiosk reads too: the signage screen's menu board.
 */
public final class PlacementRoutes {

    /** Who reads what a location's screens show: its people and its kiosk. */
    static final Role[] SCREENS = {Role.ADMIN, Role.MANAGER, Role.STAFF, Role.KIOSK};

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final PlacementService service;
    private final Gates gates;

    public PlacementRoutes(PlacementService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/locations/:locationId/menu/current").handler(gates.ops(SCREENS)).handler(this::current);
        api.get("/locations/:locationId/menu/public").handler(this::publicCurrent); // no gate: guests read it
        api.get("/locations/:locationId/placements").handler(gates.ops(OpsRoles.READERS)).handler(this::list);
        api.post("/locations/:locationId/placements").handler(gates.ops(OpsRoles.MANAGERS))
                .handler(gates.locationScope(ctx -> Params.uuid(ctx, "locationId")))
                .handler(this::create);
        api.put("/placements/:placementId").handler(gates.ops(OpsRoles.MANAGERS)).handler(this::update);
        api.delete("/placements/:placementId").handler(gates.ops(OpsRoles.MANAGERS)).handler(this::delete);
    }

    private void current(RoutingContext ctx) {
        var locationId = Params.uuid(ctx, "locationId");
        Instant at = Params.query(ctx, "at").map(PlacementRoutes::instant).orElse(null);
        Responses.ok(ctx, service.current(caller(ctx), locationId, at));
    }

    /**
     * The guest menu board's read: no sign-in, so a phone polls it. The ETag is a hash of the answer without its
     * {@code at} (which moves every call), so an unchanged menu answers 304 with no body.
     */
    private void publicCurrent(RoutingContext ctx) {
        Map<String, Object> menu = service.publicCurrent(Params.uuid(ctx, "locationId"));
        Map<String, Object> withoutAt = new LinkedHashMap<>(menu);
        withoutAt.remove("at");
        String etag = "\"" + sha256(Json.write(withoutAt)) + "\"";
        ctx.response().putHeader("ETag", etag).putHeader("Cache-Control", "no-cache");
        String seen = ctx.request().getHeader("If-None-Match");
        if (seen != null && java.util.Arrays.stream(seen.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag))) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        Responses.ok(ctx, menu);
    }

    private static String sha256(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of(text)).substring(0, 22);
    }

    private void list(RoutingContext ctx) {
        var locationId = Params.uuid(ctx, "locationId");
        var daypartId = Params.queryUuid(ctx, "daypart_id").orElse(null);
        var menuId = Params.queryUuid(ctx, "menu_id").orElse(null);
        Responses.ok(ctx, service.list(caller(ctx), locationId, daypartId, menuId).stream().map(Placement::view)
                .toList());
    }

    private void create(RoutingContext ctx) {
        Responses.created(ctx, service.create(Params.uuid(ctx, "locationId"),
                Bodies.read(ctx, PlacementInput.class), AuditActor.of(ctx)).view());
    }

    private void update(RoutingContext ctx) {
        var id = Params.uuid(ctx, "placementId");
        Responses.ok(ctx, service.update(caller(ctx), id, Bodies.read(ctx, PlacementInput.class),
                AuditActor.of(ctx)).view());
    }

    private void delete(RoutingContext ctx) {
        service.delete(caller(ctx), Params.uuid(ctx, "placementId"), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    /** {@code at}: an RFC 3339 instant with {@code Z} or an offset (a {@code +} sent as {@code %2B}). */
    private static Instant instant(String raw) {
        try {
            Instant at = OffsetDateTime.parse(raw).toInstant();
            if (!at.isBefore(EARLIEST) && !at.isAfter(LATEST)) {
                return at;
            }
        } catch (DateTimeException invalid) {
            // reported below
        }
        throw ApiError.badRequest("at must be an RFC 3339 time such as 2026-06-01T12:00:00Z between the years 1"
                + " and 9999, got: " + raw);
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }
}
