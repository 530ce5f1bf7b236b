package org.preptable.gateway.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.ops.menus.DaypartInput;
import org.preptable.gateway.ops.menus.MenuFeature;
import org.preptable.gateway.ops.menus.MenuInput;
import org.preptable.gateway.ops.menus.PlacementInput;

/**
 * The demo kitchen's menus on the floor. Harlingen serves around the clock (breakfast, lunch, dinner and a late
 * night that crosses midnight), so its menu board shows a menu whenever the demo is started; lunch's cheesecake is
 * sold out. Waco serves lunch daily and dinner Monday to Thursday only, which the menu-health check reports as an
 * empty daypart. Meals rotate over the week; cola and water are sold as items.
 */
final class DemoPlacements {

    private static final List<Integer> DAILY = List.of(1, 2, 3, 4, 5, 6, 7);

    /** A placement: a meal (by name) or an item ({@code "sku:..."}), its weekdays, price and availability. */
    private record Placed(String what, List<Integer> weekdays, long priceCents, boolean available) {
    }

    private DemoPlacements() {
    }

    static void load(MenuFeature menus, UUID harlingen, UUID waco, Map<String, UUID> meals,
                     Map<String, UUID> itemsBySku) {
        AuditActor actor = AuditActor.system("demo data");
        UUID everyday = menus.menus().create(new MenuInput("Everyday menu",
                "Burgers, grill, salads and desserts, in a weekly rotation"), actor).id();
        UUID breakfast = menus.menus().create(new MenuInput("Breakfast menu", "Morning service"), actor).id();
        Placer harlingenMenu = new Placer(menus, harlingen, meals, itemsBySku, actor);
        harlingenMenu.daypart("Breakfast", "06:00", "11:00", breakfast, List.of(
                placed("Breakfast sandwich", DAILY, 650), placed("Pancakes", List.of(3, 6, 7), 750),
                placed("sku:BEV-WTR-BTL-24", DAILY, 200)));
        harlingenMenu.daypart("Lunch", "11:00", "16:00", everyday, List.of(
                placed("Classic burger", DAILY, 1150), placed("Burger meal", DAILY, 1450),
                placed("Veggie burger", List.of(2, 5), 1200), placed("Grilled chicken", List.of(1, 4, 7), 1650),
                placed("Caesar salad", List.of(1, 3, 5), 950), placed("Greek salad", List.of(2, 4, 6), 900),
                placed("Fries", DAILY, 450),
                new Placed("Cheesecake", List.of(1, 2, 3, 4), 750, false),
                placed("Chocolate mousse", List.of(5, 6, 7), 700),
                placed("sku:BEV-COLA-CAN-24", DAILY, 300), placed("sku:BEV-WTR-BTL-24", DAILY, 200)));
        harlingenMenu.daypart("Dinner", "16:00", "22:00", everyday, List.of(
                placed("Rib-eye steak", DAILY, 2800), placed("Cheeseburger", List.of(1, 2, 3, 4), 1250),
                placed("Grilled chicken", List.of(5, 6, 7), 1650), placed("Caesar salad", List.of(2, 4, 7), 950),
                placed("Fries", DAILY, 450), placed("Chocolate mousse", List.of(1, 2, 3, 4), 700),
                placed("Cheesecake", List.of(5, 6, 7), 750),
                placed("sku:BEV-COLA-CAN-24", DAILY, 300), placed("sku:BEV-WTR-BTL-24", DAILY, 200)));
        harlingenMenu.daypart("Late night", "22:00", "06:00", everyday, List.of(
                placed("Classic burger", DAILY, 1150), placed("Fries", DAILY, 450),
                placed("sku:BEV-COLA-CAN-24", DAILY, 300)));

        Placer wacoMenu = new Placer(menus, waco, meals, itemsBySku, actor);
        wacoMenu.daypart("Lunch", "11:00", "14:30", everyday, List.of(
                placed("Classic burger", DAILY, 1100), placed("Greek salad", List.of(1, 3, 5), 900),
                placed("Fries", DAILY, 400)));
        wacoMenu.daypart("Dinner", "17:00", "21:00", everyday, List.of(
                placed("Rib-eye steak", List.of(1, 2, 3, 4), 2700), placed("Cheeseburger", List.of(1, 2, 3, 4), 1200)));
    }

    private static Placed placed(String what, List<Integer> weekdays, long priceCents) {
        return new Placed(what, weekdays, priceCents, true);
    }

    /** Makes a location's dayparts and places what each serves, through the menu services. */
    private record Placer(MenuFeature menus, UUID location, Map<String, UUID> meals, Map<String, UUID> itemsBySku,
                          AuditActor actor) {

        void daypart(String name, String start, String end, UUID menu, List<Placed> placements) {
            UUID daypart = menus.dayparts().create(location, new DaypartInput(name, start, end), actor).id();
            int position = 0;
            for (Placed placed : placements) {
                boolean item = placed.what().startsWith("sku:");
                String id = item ? itemsBySku.get(placed.what().substring(4)).toString()
                        : meals.get(placed.what()).toString();
                menus.placements().create(location, new PlacementInput(menu.toString(), daypart.toString(),
                        item ? null : id, item ? id : null, new ArrayList<>(placed.weekdays()), List.of(),
                        placed.priceCents(), placed.available(), position += 10), actor);
            }
        }
    }
}
