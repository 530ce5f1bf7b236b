package org.preptable.gateway.kds.screens;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.ops.OpsRoles;

/**
 * A location's kitchen screens (issue 17): listed by everyone who works the campus, set and deleted by its managers.
 * The kiosk itself reads its screen at sign-in ({@code POST /signage/auth} with {@code screen}).
 */
public final class ScreenRoutes {

    record SettingsInput(@JsonProperty("station_id") Long stationId,
                         @JsonProperty("warn_seconds") Integer warnSeconds,
                         @JsonProperty("late_seconds") Integer lateSeconds) {
    }

    private final ScreenService service;
    private final Gates gates;

    public ScreenRoutes(ScreenService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/locations/:locationId/screens").handler(gates.ops(OpsRoles.READERS)).handler(this::list);
        api.put("/locations/:locationId/screens/:name").handler(gates.ops(OpsRoles.MANAGERS)).handler(this::put);
        api.delete("/locations/:locationId/screens/:name").handler(gates.ops(OpsRoles.MANAGERS)).handler(this::delete);
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, service.list(caller(ctx), Params.uuid(ctx, "locationId")).stream().map(Screen::view)
                .toList());
    }

    private void put(RoutingContext ctx) {
        UUID locationId = Params.uuid(ctx, "locationId");
        SettingsInput body = Bodies.read(ctx, SettingsInput.class);
        ScreenService.Put put = service.put(caller(ctx), locationId, ctx.pathParam("name"),
                new ScreenService.Settings(body.stationId(), body.warnSeconds(), body.lateSeconds()), AuditActor.of(ctx));
        if (put.created()) {
            Responses.created(ctx, put.screen().view());
        } else {
            Responses.ok(ctx, put.screen().view());
        }
    }

    private void delete(RoutingContext ctx) {
        service.delete(caller(ctx), Params.uuid(ctx, "locationId"), ctx.pathParam("name"), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }
}
