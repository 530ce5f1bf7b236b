package org.preptable.gateway.kitchen.weeklymenus;

import java.util.List;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.translation.DishTranslator;

/**
 * The weekly-menu translate routes: a slot's dish, or the menu's dishes, into English. Translation changes the
 * dishes (the bank), not the menu, so it is allowed on a published menu too. Looks up first (404, 409 when there is
 * nothing to translate), then calls the translation service (502), then re-reads the menu.
 */
public final class MenuTranslations {

    private final MenuService menus;
    private final DishTranslator translator;

    public MenuTranslations(MenuService menus, DishTranslator translator) {
        this.menus = menus;
        this.translator = translator;
    }

    /** The slot's dish, translated again even if it already was (the chef asked for this one). */
    public WeeklyMenu translateSlot(long menuId, long slotId, AuditActor actor) {
        MenuSlot slot = menus.get(menuId).slot(slotId).orElseThrow(() -> MenuService.slotNotFound(menuId, slotId));
        if (slot.dish() == null) {
            throw ApiError.conflict("Slot " + slotId + " has no dish to translate");
        }
        translator.translateAll(List.of(slot.dish().id()), actor);
        return menus.get(menuId);
    }

    /**
     * The menu's dishes that lack a translation, in one request: a translation a chef corrected by hand
     * ({@code PUT /dishes/{id}}) is not overwritten. A menu whose dishes are all translated makes no request.
     */
    public WeeklyMenu translateMenu(long menuId, AuditActor actor) {
        WeeklyMenu menu = menus.get(menuId);
        if (menu.dishes().isEmpty()) {
            throw ApiError.conflict("The menu for week " + menu.week() + "/" + menu.year()
                    + " has no dishes to translate");
        }
        List<Long> untranslated = menu.dishes().stream().filter(dish -> !dish.hasTranslation())
                .map(MenuDish::id).toList();
        if (untranslated.isEmpty()) {
            return menu;
        }
        translator.translateAll(untranslated, actor);
        return menus.get(menuId);
    }
}
