package org.preptable.gateway.kitchen.weeklymenus;

import static org.preptable.gateway.auth.Role.ADMIN;
import static org.preptable.gateway.auth.Role.MANAGER;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.translation.TargetLanguage;
import org.preptable.gateway.kitchen.weeklymenus.MenuRepository.Filter;
import org.preptable.gateway.kitchen.weeklymenus.WeeklyMenu.MenuStatus;

/**
 * {@code /weekly-menus/**} (reference §4.7). {@code current} and {@code by-week} are public and show published
 * menus only, whoever asks (no gate: a token, if sent, is not even read); everything else is for head and sous
 * chefs. The static paths are registered before {@code /weekly-menus/:id}, which would otherwise take them for an id.
 */
public final class MenuRoutes {

    private final MenuService menus;
    private final MenuTranslations translations;
    private final Gates gates;

    public MenuRoutes(MenuService menus, MenuTranslations translations, Gates gates) {
        this.menus = menus;
        this.translations = translations;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/weekly-menus").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::list);
        api.get("/weekly-menus/current").handler(this::current);
        api.get("/weekly-menus/by-week").handler(this::byWeek);
        api.get("/weekly-menus/by-week/admin").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::byWeekAdmin);
        api.post("/weekly-menus").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::create);
        api.get("/weekly-menus/:id").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::get);
        api.delete("/weekly-menus/:id").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::delete);
        api.post("/weekly-menus/:id/slots").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::addSlot);
        api.put("/weekly-menus/:id/slots/:slotId").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::changeSlot);
        api.delete("/weekly-menus/:id/slots/:slotId").handler(gates.kitchen(ADMIN, MANAGER))
                .handler(this::removeSlot);
        api.post("/weekly-menus/:id/slots/:slotId/translate").handler(gates.kitchen(ADMIN, MANAGER))
                .handler(this::translateSlot);
        api.post("/weekly-menus/:id/translate").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::translate);
        api.post("/weekly-menus/:id/publish").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::publish);
    }

    private void list(RoutingContext ctx) {
        Filter filter = new Filter(Params.query(ctx, "status").map(MenuRoutes::status).orElse(null),
                Params.queryInt(ctx, "year", 2020, 2100).orElse(null),
                Params.queryInt(ctx, "week", 1, 53).orElse(null),
                Params.queryInt(ctx, "limit", 1, 1000).orElse(null));
        Responses.ok(ctx, menus.list(filter).stream().map(MenuOverview::view).toList());
    }

    private void current(RoutingContext ctx) {
        Responses.ok(ctx, menus.current().view());
    }

    private void byWeek(RoutingContext ctx) {
        Responses.ok(ctx, menus.byWeek(week(ctx), true).view());
    }

    private void byWeekAdmin(RoutingContext ctx) {
        Responses.ok(ctx, menus.byWeek(week(ctx), false).view());
    }

    private void create(RoutingContext ctx) {
        MenuInput body = Bodies.read(ctx, MenuInput.class);
        Responses.created(ctx, menus.create(body, AuditActor.of(ctx)).view());
    }

    private void get(RoutingContext ctx) {
        Responses.ok(ctx, menus.get(id(ctx)).view());
    }

    private void delete(RoutingContext ctx) {
        menus.delete(id(ctx), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private void addSlot(RoutingContext ctx) {
        long id = id(ctx);
        SlotInput body = Bodies.read(ctx, SlotInput.class);
        Responses.created(ctx, menus.addSlot(id, body, AuditActor.of(ctx)).view());
    }

    private void changeSlot(RoutingContext ctx) {
        long id = id(ctx);
        long slotId = Params.positiveId(ctx, "slotId");
        SlotChange body = Bodies.read(ctx, SlotChange.class);
        Responses.ok(ctx, menus.changeSlot(id, slotId, body, AuditActor.of(ctx)).view());
    }

    private void removeSlot(RoutingContext ctx) {
        long id = id(ctx);
        Responses.ok(ctx, menus.removeSlot(id, Params.positiveId(ctx, "slotId"), AuditActor.of(ctx)).view());
    }

    private void translateSlot(RoutingContext ctx) {
        long id = id(ctx);
        long slotId = Params.positiveId(ctx, "slotId");
        TargetLanguage.requireEnglish(ctx);
        Responses.ok(ctx, translations.translateSlot(id, slotId, AuditActor.of(ctx)).view());
    }

    private void translate(RoutingContext ctx) {
        long id = id(ctx);
        TargetLanguage.requireEnglish(ctx);
        Responses.ok(ctx, translations.translateMenu(id, AuditActor.of(ctx)).view());
    }

    private void publish(RoutingContext ctx) {
        long id = id(ctx);
        CurrentUser publisher = CurrentUser.of(ctx).orElseThrow();
        Responses.ok(ctx, menus.publish(id, publisher.id(), AuditActor.of(ctx)).view());
    }

    private static long id(RoutingContext ctx) {
        return Params.positiveId(ctx, "id");
    }

    private static MenuStatus status(String raw) {
        try {
            return MenuStatus.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("Invalid menu status: " + raw);
        }
    }

    /** The required {@code week} and {@code year} of the by-week routes, checked as the calendar checks them. */
    private static KitchenCalendar.Week week(RoutingContext ctx) {
        int week = requiredInt(ctx, "week");
        int year = requiredInt(ctx, "year");
        return KitchenCalendar.week(week, year);
    }

    private static int requiredInt(RoutingContext ctx, String name) {
        String raw = Params.query(ctx, name).orElseThrow(() ->
                ApiError.badRequest("Query parameter '" + name + "' is required"));
        if (!raw.matches("-?\\d{1,9}")) {
            throw ApiError.badRequest(name + " must be a whole number, got: " + raw);
        }
        return Integer.parseInt(raw);
    }
}
