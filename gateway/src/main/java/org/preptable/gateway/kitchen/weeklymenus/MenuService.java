package org.preptable.gateway.kitchen.weeklymenus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.KitchenCalendar.Week;
import org.preptable.gateway.kitchen.notifications.Notifications;
import org.preptable.gateway.kitchen.weeklymenus.MenuRepository.DishRef;
import org.preptable.gateway.kitchen.weeklymenus.MenuRepository.Filter;
import org.preptable.gateway.kitchen.weeklymenus.MenuRepository.StationRef;

/**
 * Weekly-menu rules (reference §4.7, its §9 defects fixed): one menu per ISO week, {@code DRAFT → PUBLISHED}, and a
 * published menu is final — its slots cannot be added, changed or removed, nor can it be deleted (the reference let
 * slot changes through). Publishing needs a dish on the menu, every dish translated and active, and tells every
 * kitchen user. Every change runs in one transaction with its audit row, the menu row locked.
 */
public final class MenuService {

    public static final String ENTITY = "weekly_menus";
    public static final String SLOT_ENTITY = "weekly_menu_slots";
    /** The category of the notification a published menu stores. */
    public static final String CATEGORY = "WEEKLY_MENU";

    private final Db db;
    private final MenuRepository menus;
    private final KitchenCalendar calendar;

    public MenuService(Db db, MenuRepository menus, KitchenCalendar calendar) {
        this.db = db;
        this.menus = menus;
        this.calendar = calendar;
    }

    public List<MenuOverview> list(Filter filter) {
        return menus.list(db.pool(), filter);
    }

    /** The published menu of this week in the kitchen's time zone. */
    public WeeklyMenu current() {
        Week week = calendar.currentWeek();
        return menus.findByWeek(db.pool(), week, true).orElseThrow(() ->
                ApiError.notFound("No menu published for current week " + week.week() + "/" + week.year()));
    }

    /** The week's menu; {@code publishedOnly} for the public route, where a draft does not exist. */
    public WeeklyMenu byWeek(Week week, boolean publishedOnly) {
        return menus.findByWeek(db.pool(), week, publishedOnly).orElseThrow(() ->
                ApiError.notFound("No menu for week " + week.week() + "/" + week.year()));
    }

    public WeeklyMenu get(long id) {
        return menus.find(db.pool(), id).orElseThrow(() -> notFound(id));
    }

    public WeeklyMenu create(MenuInput input, AuditActor actor) {
        Week week = input.validated();
        return db.tx(tx -> {
            long id = menus.insert(tx, week).orElseThrow(() ->
                    ApiError.conflict("Menu for week " + week.week() + "/" + week.year() + " already exists"));
            WeeklyMenu created = menus.find(tx, id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, id, created.fields()));
            return created;
        });
    }

    /** Deletes a draft with its slots; a published menu stays (409). */
    public void delete(long id, AuditActor actor) {
        db.tx(tx -> {
            WeeklyMenu menu = menus.lock(tx, id).orElseThrow(() -> notFound(id));
            if (menu.published()) {
                throw ApiError.conflict("Cannot delete a published menu");
            }
            Map<String, Object> prior = menu.fields();
            prior.put("slots", menu.slots().stream().map(MenuSlot::fields).toList());
            menus.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, prior));
            return null;
        });
    }

    /**
     * Adds a slot, with a dish or as a placeholder. Checks after the body: menu, station and dish exist (404), the
     * dish belongs to the slot's station (400, as the reference), the menu is a draft (409), the dish is active (409).
     */
    public WeeklyMenu addSlot(long menuId, SlotInput input, AuditActor actor) {
        SlotInput.Valid slot = input.validated();
        return db.tx(tx -> {
            WeeklyMenu menu = menus.lock(tx, menuId).orElseThrow(() -> notFound(menuId));
            StationRef station = menus.station(tx, slot.stationId()).orElseThrow(() ->
                    ApiError.notFound("Station with ID " + slot.stationId() + " was not found."));
            DishRef dish = slot.dishId() == null ? null : dishFor(tx, slot.dishId(), station.id(), station.name());
            requireDraft(menu);
            requireActive(dish);
            long slotId = menus.insertSlot(tx, menuId, slot.day(), station.id(), slot.dishId());
            menus.touch(tx, menuId);
            WeeklyMenu after = menus.find(tx, menuId).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.create(SLOT_ENTITY, slotId, after.slot(slotId).orElseThrow().fields()));
            return after;
        });
    }

    /** Puts another dish in a slot (or none: null empties it), with the same checks as adding one. */
    public WeeklyMenu changeSlot(long menuId, long slotId, SlotChange change, AuditActor actor) {
        Long dishId = change.validated();
        return db.tx(tx -> {
            WeeklyMenu menu = menus.lock(tx, menuId).orElseThrow(() -> notFound(menuId));
            MenuSlot before = menu.slot(slotId).orElseThrow(() -> slotNotFound(menuId, slotId));
            DishRef dish = dishId == null ? null : dishFor(tx, dishId, before.stationId(), before.stationName());
            requireDraft(menu);
            requireActive(dish);
            menus.updateSlotDish(tx, slotId, dishId);
            menus.touch(tx, menuId);
            WeeklyMenu after = menus.find(tx, menuId).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.update(SLOT_ENTITY, slotId, before.fields(),
                    after.slot(slotId).orElseThrow().fields()));
            return after;
        });
    }

    public WeeklyMenu removeSlot(long menuId, long slotId, AuditActor actor) {
        return db.tx(tx -> {
            WeeklyMenu menu = menus.lock(tx, menuId).orElseThrow(() -> notFound(menuId));
            MenuSlot slot = menu.slot(slotId).orElseThrow(() -> slotNotFound(menuId, slotId));
            requireDraft(menu);
            menus.deleteSlot(tx, slotId);
            menus.touch(tx, menuId);
            AuditLog.record(tx, actor, AuditEvent.delete(SLOT_ENTITY, slotId, slot.fields()));
            return menus.find(tx, menuId).orElseThrow();
        });
    }

    /**
     * Publishes a draft: at least one dish placed, every dish translated and still active. The publisher and the
     * time (the kitchen calendar's clock) are kept; every user with a kitchen role gets a notification in the same
     * transaction. The already-published check comes first (the reference checked translations first, so
     * re-publishing a published menu could answer "untranslated dishes").
     */
    public WeeklyMenu publish(long menuId, UUID publisher, AuditActor actor) {
        return db.tx(tx -> {
            WeeklyMenu locked = menus.lock(tx, menuId).orElseThrow(() -> notFound(menuId));
            if (locked.published()) {
                throw ApiError.conflict("Menu is already published");
            }
            List<Long> dishIds = locked.dishes().stream().map(MenuDish::id).toList();
            if (dishIds.isEmpty()) {
                throw ApiError.conflict("Cannot publish an empty menu");
            }
            // Share-locked, then read again: a dish edited meanwhile is seen as it now is, and stays so until commit.
            menus.lockDishes(tx, dishIds);
            WeeklyMenu before = menus.find(tx, menuId).orElseThrow();
            requireAll(before.dishes(), MenuDish::hasTranslation, "Cannot publish - untranslated dishes: ");
            requireAll(before.dishes(), MenuDish::active, "Cannot publish - inactive dishes: ");
            menus.publish(tx, menuId, calendar.now(), publisher);
            WeeklyMenu after = menus.find(tx, menuId).orElseThrow();
            String message = "The menu for week " + after.week() + "/" + after.year() + " is published";
            for (UUID user : menus.kitchenUsers(tx)) {
                Notifications.store(tx, user, Notifications.Type.MENU_PUBLISHED, CATEGORY, message, menuId);
            }
            AuditLog.record(tx, actor, AuditEvent.change("publish", ENTITY, menuId, before.fields(), after.fields()));
            return after;
        });
    }

    /** The dish for a slot at this station: it exists (404) and belongs to the station (400). */
    private DishRef dishFor(io.vertx.sqlclient.SqlConnection tx, long dishId, long stationId, String stationName) {
        DishRef dish = menus.dishToPlace(tx, dishId).orElseThrow(() ->
                ApiError.notFound("Dish with ID " + dishId + " was not found."));
        if (dish.stationId() != stationId) {
            throw ApiError.badRequest("Dish belongs to '" + dish.stationName() + "' not '" + stationName + "'");
        }
        return dish;
    }

    private static void requireDraft(WeeklyMenu menu) {
        if (menu.published()) {
            throw ApiError.conflict("The menu for week " + menu.week() + "/" + menu.year()
                    + " is published; its slots cannot be changed");
        }
    }

    private static void requireActive(DishRef dish) {
        if (dish != null && !dish.active()) {
            throw ApiError.conflict("Dish is not active: " + dish.nameDa());
        }
    }

    private static void requireAll(List<MenuDish> dishes, java.util.function.Predicate<MenuDish> rule,
                                   String refusal) {
        List<String> failing = new ArrayList<>();
        dishes.stream().filter(rule.negate()).forEach(dish -> failing.add(dish.nameDa()));
        if (!failing.isEmpty()) {
            throw ApiError.conflict(refusal + String.join(", ", failing));
        }
    }

    static ApiError notFound(long id) {
        return ApiError.notFound("Weekly menu with ID " + id + " was not found.");
    }

    static ApiError slotNotFound(long menuId, long slotId) {
        return ApiError.notFound("Slot " + slotId + " not found in menu " + menuId);
    }
}
