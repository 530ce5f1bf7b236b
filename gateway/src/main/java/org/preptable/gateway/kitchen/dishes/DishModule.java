package org.preptable.gateway.kitchen.dishes;

import io.vertx.ext.web.Router;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.suggestions.SuggestionRepository;
import org.preptable.gateway.kitchen.suggestions.SuggestionRoutes;
import org.preptable.gateway.kitchen.suggestions.SuggestionService;

/** The dish bank and dish suggestions (kitchen-planning dialect), wired once and mounted together. */
public final class DishModule {

    private final DishService dishes;
    private final SuggestionService suggestions;

    private DishModule(DishService dishes, SuggestionService suggestions) {
        this.dishes = dishes;
        this.suggestions = suggestions;
    }

    public static DishModule create(Db db, KitchenCalendar calendar) {
        DishService dishes = new DishService(db, calendar, new DishRepository());
        return new DishModule(dishes, new SuggestionService(db, calendar, new SuggestionRepository(), dishes));
    }

    public DishService dishes() {
        return dishes;
    }

    public SuggestionService suggestions() {
        return suggestions;
    }

    /** Static paths first: {@code /dishes/search} before {@code /dishes/:id}. */
    public void mount(Router api, Gates gates) {
        new DishRoutes(dishes, gates).mount(api);
        new SuggestionRoutes(suggestions, gates).mount(api);
    }
}
