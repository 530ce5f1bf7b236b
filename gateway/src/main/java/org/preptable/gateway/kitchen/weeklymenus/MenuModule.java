package org.preptable.gateway.kitchen.weeklymenus;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.preptable.gateway.GatewayConfig;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.translation.DishTranslator;
import org.preptable.gateway.kitchen.translation.TranslationRepository;
import org.preptable.gateway.kitchen.translation.TranslationRoutes;
import org.preptable.gateway.kitchen.translation.Translator;

/** Weekly menus, their publishing and translation (kitchen-planning dialect), wired once and mounted together. */
public final class MenuModule {

    private final MenuService menus;
    private final MenuTranslations translations;
    private final DishTranslator dishTranslator;

    private MenuModule(MenuService menus, MenuTranslations translations, DishTranslator dishTranslator) {
        this.menus = menus;
        this.translations = translations;
        this.dishTranslator = dishTranslator;
    }

    public static MenuModule create(Vertx vertx, Db db, KitchenCalendar calendar, GatewayConfig config) {
        MenuService menus = new MenuService(db, new MenuRepository(), calendar);
        DishTranslator dishTranslator = new DishTranslator(db, new TranslationRepository(),
                new Translator(vertx, config));
        return new MenuModule(menus, new MenuTranslations(menus, dishTranslator), dishTranslator);
    }

    /** Static paths first: {@code /weekly-menus/current} before {@code /weekly-menus/:id}. */
    public void mount(Router api, Gates gates) {
        new MenuRoutes(menus, translations, gates).mount(api);
        new TranslationRoutes(dishTranslator, gates).mount(api);
    }
}
