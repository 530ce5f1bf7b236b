package org.preptable.gateway.bootstrap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.KitchenCalendar.Week;
import org.preptable.gateway.kitchen.allergens.Allergen;
import org.preptable.gateway.kitchen.allergens.AllergenRepository;
import org.preptable.gateway.kitchen.allergens.AllergenService;
import org.preptable.gateway.kitchen.dishes.Dish;
import org.preptable.gateway.kitchen.dishes.DishInput.DishChanges;
import org.preptable.gateway.kitchen.dishes.DishInput.NewDish;
import org.preptable.gateway.kitchen.dishes.DishModule;
import org.preptable.gateway.kitchen.dishes.DishService;
import org.preptable.gateway.kitchen.suggestions.Suggestion;
import org.preptable.gateway.kitchen.suggestions.SuggestionInput.NewSuggestion;
import org.preptable.gateway.kitchen.suggestions.SuggestionInput.Rejection;
import org.preptable.gateway.kitchen.suggestions.SuggestionService;
import org.preptable.gateway.users.User;
import org.preptable.gateway.users.UserRepository;

/**
 * The demo kitchen's dish bank and dish suggestions, made through the same services (rules and audit rows) as the
 * API: seventeen dishes at Hot Kitchen, Cold Kitchen and Pastry, some new this ISO week and some from earlier
 * weeks, most in both languages but a few only in Danish (so publishing a menu has something to refuse), one
 * inactive; and suggestions pending, approved (its dish in the bank) and rejected with feedback.
 */
final class DemoDishes {

    private static final AuditActor ACTOR = AuditActor.system("demo data");

    /** A bank dish: allergens by EU-14 display number; null English texts for an untranslated dish. */
    private record DemoDish(String station, int weeksAgo, String nameDa, String descriptionDa, String nameEn,
                            String descriptionEn, List<Integer> allergens, boolean active) {
    }

    private static final List<DemoDish> DISHES = List.of(
            new DemoDish("Hot Kitchen", 4, "Bøf Bearnaise", "Oksemørbrad med hjemmelavet bearnaise",
                    "Beef Bearnaise", "Beef tenderloin with homemade bearnaise", List.of(3, 7), true),
            new DemoDish("Hot Kitchen", 3, "Stegt Flæsk", "Med persillesovs og kartofler",
                    "Fried Pork Belly", "With parsley sauce and potatoes", List.of(1, 7), true),
            new DemoDish("Hot Kitchen", 2, "Tarteletter", "Høns i asparges",
                    "Tartlets", "Chicken and asparagus in puff pastry", List.of(1, 3, 7), true),
            new DemoDish("Hot Kitchen", 0, "Grillet Kylling", "Serveret med citron og timian",
                    "Grilled Chicken", "Served with lemon and thyme", List.of(10), true),
            new DemoDish("Hot Kitchen", 0, "Frikadeller", "Hjemmelavede frikadeller med kartofler og brun sovs",
                    "Danish Meatballs", "Homemade meatballs with potatoes and brown gravy", List.of(1, 3, 7), true),
            new DemoDish("Hot Kitchen", 0, "Boller i Karry", "Kødboller i karrysovs med ris",
                    null, null, List.of(1, 3, 7, 9), true),
            new DemoDish("Cold Kitchen", 4, "Røget Laks", "Laks med dildcreme og rugbrødschips",
                    "Smoked Salmon", "Salmon with dill cream and rye bread chips", List.of(1, 4, 7), true),
            new DemoDish("Cold Kitchen", 3, "Roastbeef", "Roastbeef med remoulade og sprøde løg",
                    "Roast Beef", "Roast beef with remoulade and crispy onions", List.of(1, 3, 10), true),
            new DemoDish("Cold Kitchen", 1, "Sildetallerken", "Marinerede sild med løg, kapers og rugbrød",
                    "Herring Plate", "Marinated herring with onion, capers and rye bread", List.of(1, 4), true),
            new DemoDish("Cold Kitchen", 0, "Caesar Salad", "Romainesalat med parmesan, croutoner og ansjosdressing",
                    "Caesar Salad", "Romaine lettuce with parmesan, croutons and anchovy dressing",
                    List.of(1, 3, 4, 7), true),
            new DemoDish("Cold Kitchen", 0, "Rejecocktail", "Rejer med cocktailsauce, salat og citron",
                    "Prawn Cocktail", "Prawns with cocktail sauce, lettuce and lemon", List.of(2, 3), true),
            new DemoDish("Cold Kitchen", 0, "Hønsesalat", "Hønsesalat med bacon og asparges på rugbrød",
                    null, null, List.of(1, 3, 10), true),
            new DemoDish("Pastry", 2, "Chokolademousse", "Mørk chokolade med flødeskum",
                    "Chocolate Mousse", "Dark chocolate with whipped cream", List.of(3, 7), true),
            new DemoDish("Pastry", 1, "Kanelsnegle", "Bløde kanelsnegle med glasur",
                    "Cinnamon Rolls", "Soft cinnamon rolls with icing", List.of(1, 3, 7), true),
            new DemoDish("Pastry", 5, "Risalamande", "Risengrød med mandler, flødeskum og kirsebærsovs",
                    "Rice Pudding with Almonds", "Rice pudding with almonds, whipped cream and cherry sauce",
                    List.of(7, 8), false),
            new DemoDish("Pastry", 0, "Æblekage", "Gammeldags æblekage med makroner og flødeskum",
                    "Danish Apple Trifle", "Old-fashioned apple trifle with macaroons and whipped cream",
                    List.of(1, 3, 7, 8), true),
            new DemoDish("Pastry", 0, "Citronfromage", "Let citronfromage med flødeskum",
                    null, null, List.of(3, 7), true));

    private DemoDishes() {
    }

    static void load(Db db, KitchenCalendar calendar, Map<String, Long> stations) {
        DishModule module = DishModule.create(db, calendar);
        Map<Integer, Long> allergens = new HashMap<>();
        for (Allergen allergen : new AllergenService(db, new AllergenRepository()).list()) {
            allergens.put(allergen.displayNumber(), allergen.id());
        }
        CurrentUser gordon = person(db, "gordon@preptable.local");
        bank(module.dishes(), calendar.currentWeek(), gordon, stations, allergens);
        suggestions(module.suggestions(), calendar, gordon, person(db, "marco@preptable.local"),
                person(db, "claire@preptable.local"), person(db, "rene@preptable.local"), stations, allergens);
    }

    private static void bank(DishService dishes, Week thisWeek, CurrentUser chef, Map<String, Long> stations,
                             Map<Integer, Long> allergens) {
        for (DemoDish demo : DISHES) {
            List<Long> ids = demo.allergens().stream().map(allergens::get).toList();
            Week origin = Week.of(thisWeek.monday().minusWeeks(demo.weeksAgo()));
            Dish dish = dishes.create(chef.id(), new NewDish(demo.nameDa(), demo.descriptionDa(),
                    stations.get(demo.station()), ids), origin, ACTOR);
            if (demo.nameEn() != null) {
                dishes.update(dish.id(), new DishChanges(demo.nameDa(), demo.descriptionDa(), demo.nameEn(),
                        demo.descriptionEn(), ids), ACTOR);
            }
            if (!demo.active()) {
                dishes.setActive(dish.id(), false, ACTOR);
            }
        }
    }

    /**
     * For the first week still open to suggestions: next week, or the week after once this week's Thursday has
     * come (suggestions for a week close on the Thursday before it).
     */
    private static void suggestions(SuggestionService suggestions, KitchenCalendar calendar, CurrentUser gordon,
                                    CurrentUser marco, CurrentUser claire, CurrentUser rene,
                                    Map<String, Long> stations, Map<Integer, Long> allergens) {
        Week target = calendar.currentWeek().next();
        if (!calendar.today().isBefore(Suggestion.deadline(target))) {
            target = target.next();
        }
        suggest(suggestions, claire, target, stations.get("Hot Kitchen"), "Stegt Torsk",
                "Stegt torsk med persillesovs og nye kartofler", allergens, 1, 4, 7);
        suggest(suggestions, rene, target, stations.get("Cold Kitchen"), "Grøn Salat med Æble",
                "Sprød salat med æble, valnødder og hyldeblomstdressing", allergens, 8);
        Suggestion approved = suggest(suggestions, claire, target, stations.get("Hot Kitchen"), "Pariserbøf",
                "Pariserbøf med kapers, peberrod, rødbeder og æggeblomme", allergens, 1, 3);
        suggestions.approve(gordon, approved.id(), ACTOR);
        Suggestion rejected = suggest(suggestions, rene, target, stations.get("Cold Kitchen"), "Hummersuppe",
                "Cremet hummersuppe med cognac og flødeskum", allergens, 2, 7, 9);
        suggestions.reject(marco, rejected.id(),
                new Rejection("For dyr til en hverdagsmenu, prøv med rejer i stedet"), ACTOR);
    }

    private static Suggestion suggest(SuggestionService suggestions, CurrentUser cook, Week target, long station,
                                      String name, String description, Map<Integer, Long> allergens,
                                      int... displayNumbers) {
        List<Long> ids = java.util.Arrays.stream(displayNumbers).mapToObj(allergens::get).toList();
        return suggestions.create(cook, new NewSuggestion(name, description, station, ids, target.week(),
                target.year()), ACTOR);
    }

    /** A demo person as a caller of the services. */
    private static CurrentUser person(Db db, String email) {
        User user = new UserRepository().findByEmail(db.pool(), email).orElseThrow(() ->
                new IllegalStateException("demo person " + email + " is missing"));
        return new CurrentUser(user.id(), user.number(), user.email(), user.role(), Set.of(), null);
    }
}
