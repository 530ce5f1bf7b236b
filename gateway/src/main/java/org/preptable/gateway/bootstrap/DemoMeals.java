package org.preptable.gateway.bootstrap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.ops.meals.Meal;
import org.preptable.gateway.ops.meals.MealInput;
import org.preptable.gateway.ops.meals.MealInput.ComponentInput;
import org.preptable.gateway.ops.meals.MealService;

/**
 * The demo kitchen's meals: the dishes the POS simulator rings up (same item codes, routed to the demo stations),
 * each with a bill of materials of demo items, a few nested (the burger meal holds a burger, which holds the burger
 * sauce), so their costs roll up from the preferred vendors' prices. Created through {@link MealService}.
 */
final class DemoMeals {

    /** A component: an item by SKU ({@code "sku:..."}) or a meal made earlier by name, with its quantity. */
    private record Part(String ref, String quantity) {
    }

    private record DemoMeal(String name, String description, String category, String code, String station,
                            List<Long> allergens, List<Part> parts) {
    }

    private static final List<DemoMeal> MEALS = List.of(
            new DemoMeal("Burger sauce", "Egg mayonnaise, onion and mustard", null, null, null, List.of(3L, 10L),
                    List.of(part("sku:DAI-EGG-LRG-180", "0.25"), part("sku:PRD-ONI-YEL-50", "0.02"))),
            new DemoMeal("Classic burger", "4 oz beef patty, onion and burger sauce on a brioche bun", "burgers",
                    "BRG-CLS", "Hot Kitchen", List.of(1L, 3L, 10L), List.of(part("sku:PRO-BEEF-PTY-80", "1"),
                    part("sku:BRD-BUN-BRI-48", "1"), part("sku:PRD-ONI-YEL-50", "0.05"), part("Burger sauce", "1"))),
            new DemoMeal("Cheeseburger", "The classic with two slices of cheddar", "burgers", "BRG-CHS",
                    "Hot Kitchen", List.of(1L, 3L, 7L, 10L), List.of(part("sku:PRO-BEEF-PTY-80", "1"),
                    part("sku:BRD-BUN-BRI-48", "1"), part("sku:DAI-CHD-SLC-1", "0.06"), part("Burger sauce", "1"))),
            new DemoMeal("Veggie burger", "Potato and onion patty, romaine, brioche bun", "burgers", "BRG-VEG",
                    "Hot Kitchen", List.of(1L), List.of(part("sku:BRD-BUN-BRI-48", "1"),
                    part("sku:PRD-POT-RUS-50", "0.3"), part("sku:PRD-ONI-YEL-50", "0.05"),
                    part("sku:PRD-LET-ROM-24", "0.25"))),
            new DemoMeal("Fries", "Shoestring fries, sea salt", "sides", "FRY", "Expo", List.of(),
                    List.of(part("sku:FRZ-FRY-SHO-30", "0.35"))),
            new DemoMeal("Cola", "12 oz can", "drinks", "DRK-COLA", "Expo", List.of(),
                    List.of(part("sku:BEV-COLA-CAN-24", "1"))),
            new DemoMeal("Water", "Still, 500 ml", "drinks", "DRK-WTR", "Expo", List.of(),
                    List.of(part("sku:BEV-WTR-BTL-24", "1"))),
            new DemoMeal("Burger meal", "Classic burger, fries and a cola", "combos", null, null,
                    List.of(1L, 3L, 10L), List.of(part("Classic burger", "1"), part("Fries", "1"), part("Cola", "1"))),
            new DemoMeal("Rib-eye steak", "12 oz rib-eye, roast potatoes", "mains", "STK-RIB", "Grill", List.of(),
                    List.of(part("sku:PRO-RIB-EYE-12", "1"), part("sku:PRD-POT-RUS-50", "0.35"))),
            new DemoMeal("Grilled chicken", "Half a pound of thigh, romaine", "mains", "CHK-GRL", "Grill",
                    List.of(), List.of(part("sku:PRO-CHK-THGH-50", "0.5"), part("sku:PRD-LET-ROM-24", "0.5"))),
            new DemoMeal("Caesar salad", "Romaine, parmesan, croutons", "salads", "SAL-CSR", "Cold Kitchen",
                    List.of(1L, 3L, 4L, 7L), List.of(part("sku:PRD-LET-ROM-24", "1"),
                    part("sku:DAI-PAR-GRT-5", "0.05"), part("sku:DRY-FLR-AP-25", "0.05"))),
            new DemoMeal("Greek salad", "Romaine, feta, red onion", "salads", "SAL-GRK", "Cold Kitchen",
                    List.of(7L), List.of(part("sku:PRD-LET-ROM-24", "0.5"), part("sku:DAI-FET-BLK-4", "0.1"),
                    part("sku:PRD-ONI-YEL-50", "0.05"))),
            new DemoMeal("Chocolate mousse", "70% dark chocolate and cream", "desserts", "DES-CHOC", "Pastry",
                    List.of(3L, 7L), List.of(part("sku:DRY-CHO-DRK-5", "0.1"), part("sku:DAI-CRM-HVY-1", "0.25"),
                    part("sku:DAI-EGG-LRG-180", "1"))),
            new DemoMeal("Cheesecake", "Baked cheesecake, berry sauce", "desserts", "DES-CAKE", "Pastry",
                    List.of(1L, 3L, 7L), List.of(part("sku:DAI-CRC-BLK-3", "0.15"), part("sku:DRY-FLR-AP-25", "0.05"),
                    part("sku:DAI-EGG-LRG-180", "0.5"))),
            new DemoMeal("Tomato soup", "Slow-cooked tomatoes, a dash of cream", "soups", "SOUP", "Hot Kitchen",
                    List.of(7L, 9L), List.of(part("sku:DRY-TOM-CAN-6", "0.4"), part("sku:DAI-CRM-HVY-1", "0.05"),
                    part("sku:PRD-ONI-YEL-50", "0.05"))),
            new DemoMeal("Breakfast sandwich", "Fried egg and cheddar on a brioche bun", "breakfast", "BRK-SAN",
                    "Hot Kitchen", List.of(1L, 3L, 7L), List.of(part("sku:BRD-BUN-BRI-48", "1"),
                    part("sku:DAI-EGG-LRG-180", "1"), part("sku:DAI-CHD-SLC-1", "0.04"))),
            new DemoMeal("Pancakes", "Three buttermilk pancakes, whipped cream", "breakfast", "BRK-PAN", "Hot Kitchen",
                    List.of(1L, 3L, 7L), List.of(part("sku:DRY-FLR-AP-25", "0.25"), part("sku:DAI-EGG-LRG-180", "1"),
                    part("sku:DAI-CRM-HVY-1", "0.1"))));

    private DemoMeals() {
    }

    /** Creates the meals in order (a meal's components come before it); returns their ids by name. */
    static Map<String, UUID> load(Db db, MealService meals, Map<String, UUID> itemsBySku, Map<String, Long> stations) {
        AuditActor actor = AuditActor.system("demo data");
        Map<String, UUID> ids = new LinkedHashMap<>();
        for (DemoMeal demo : MEALS) {
            List<ComponentInput> components = new ArrayList<>();
            for (Part part : demo.parts()) {
                BigDecimal quantity = new BigDecimal(part.quantity());
                components.add(part.ref().startsWith("sku:")
                        ? new ComponentInput(itemsBySku.get(part.ref().substring(4)).toString(), null, quantity)
                        : new ComponentInput(null, ids.get(part.ref()).toString(), quantity));
            }
            Meal meal = meals.create(new MealInput(demo.name(), demo.description(), demo.category(), demo.code(),
                    demo.station() == null ? null : stations.get(demo.station()), demo.allergens(), components), actor);
            ids.put(meal.name(), meal.id());
        }
        return ids;
    }

    /**
     * Gives the demo meals a past: their first costs are dated 60 days back, so the menu-health check has a history
     * to compare a price rise with. Only demo data rewrites history; no route can.
     */
    static void backdateCosts(Db db) {
        db.pool().query("UPDATE meal_cost_history SET recorded_at = recorded_at - interval '60 days'").execute().await();
    }

    private static Part part(String ref, String quantity) {
        return new Part(ref, quantity);
    }
}
