package org.preptable.kiosk.signage;

import java.time.Instant;
import java.util.List;
import org.preptable.model.kds.KitchenOrder;

/**
 * Menus in the shape DESIGN.md §3 gives for {@code GET /locations/{id}/menu/current} and {@code menu.updated}, as a
 * Danish food-hall counter would have them, plus orders for the board. Fields the design does not name
 * ({@code image_url}, {@code menu_name}) are there on purpose: the screen must ignore what it does not know.
 */
public final class SampleMenus {

    // First: the menus below are built from it while the class initialises.
    private static final String[][] EU14 = {
            {"Gluten", "Gluten"}, {"Krebsdyr", "Crustaceans"}, {"Æg", "Eggs"}, {"Fisk", "Fish"},
            {"Jordnødder", "Peanuts"}, {"Soja", "Soybeans"}, {"Mælk", "Milk"}, {"Nødder", "Nuts"},
            {"Selleri", "Celery"}, {"Sennep", "Mustard"}, {"Sesamfrø", "Sesame"},
            {"Svovldioxid og sulfitter", "Sulphites"}, {"Lupin", "Lupin"}, {"Bløddyr", "Molluscs"}};

    public static final String LUNCH = """
            {"location_id": "5b0e8f3c-2f6a-4a53-9d55-0c8f1f6f7a10", "at": "2026-06-01T10:15:00Z",
             "menu_name": "Sommer 2026",
             "daypart": {"id": "d-lunch", "name": "Frokost", "start_time": "11:00:00", "end_time": "14:30:00"},
             "items": [
              {"placement_id": "p1", "kind": "meal", "id": "m1", "name": "Burgermenu",
               "description": "Classic burger med pommes frites og valgfri sodavand", "price_cents": 12900,
               "available": true, "image_url": "https://example.invalid/burger.jpg",
               "allergens": [%s, %s, %s, %s]},
              {"placement_id": "p2", "kind": "meal", "id": "m2", "name": "Smørrebrødsmenu",
               "description": "Tre stykker: håndpillede rejer, æg med karse og røget laks", "price_cents": 14500,
               "available": true, "allergens": [%s, %s, %s, %s]},
              {"placement_id": "p3", "kind": "meal", "id": "m3", "name": "Børnemenu",
               "description": "Mini-burger, frugt og økologisk juice", "price_cents": 7500,
               "available": true, "allergens": [%s, %s]},
              {"placement_id": "p4", "kind": "item", "id": "i1", "name": "Classic burger",
               "description": "Oksebøf, cheddar, syltede agurker og burgersauce", "price_cents": 8900,
               "available": true, "allergens": [%s, %s, %s, %s]},
              {"placement_id": "p5", "kind": "item", "id": "i2", "name": "Veggie wrap",
               "description": "Falafel, hummus, sprød salat og chili", "price_cents": 7900,
               "available": true, "allergens": [%s, %s]},
              {"placement_id": "p6", "kind": "item", "id": "i3", "name": "Fiskefrikadeller",
               "description": "Med remoulade, citron og rugbrød", "price_cents": 8500,
               "available": false, "allergens": [%s, %s, %s]},
              {"placement_id": "p7", "kind": "item", "id": "i4", "name": "Pommes frites",
               "description": "Med hjemmelavet mayonnaise", "price_cents": 3250,
               "available": true, "allergens": [%s]},
              {"placement_id": "p8", "kind": "item", "id": "i5", "name": "Hyldeblomstsaft",
               "description": "Økologisk, 40 cl", "price_cents": 3000, "available": true, "allergens": []}
             ]}
            """.formatted(
            a(1), a(3), a(7), a(10),
            a(1), a(2), a(3), a(4),
            a(1), a(7),
            a(1), a(3), a(7), a(10),
            a(1), a(11),
            a(1), a(3), a(4),
            a(3));

    static final String DINNER = """
            {"location_id": "5b0e8f3c-2f6a-4a53-9d55-0c8f1f6f7a10", "at": "2026-06-01T15:00:00Z",
             "daypart": {"id": "d-dinner", "name": "Aftensmad", "start_time": "17:00", "end_time": "21:00"},
             "items": [
              {"placement_id": "p9", "kind": "meal", "id": "m4", "name": "Dagens ret",
               "description": "Stegt flæsk med persillesovs og nye kartofler", "price_cents": 13900,
               "available": true, "allergens": [%s]},
              {"placement_id": "p4", "kind": "item", "id": "i1", "name": "Classic burger",
               "description": "Oksebøf, cheddar, syltede agurker og burgersauce", "price_cents": 9900,
               "available": true, "allergens": [%s, %s, %s, %s]},
              {"placement_id": "p6", "kind": "item", "id": "i3", "name": "Fiskefrikadeller",
               "description": "Med remoulade, citron og rugbrød", "price_cents": 8500,
               "available": true, "allergens": [%s, %s, %s]}
             ]}
            """.formatted(a(7), a(1), a(3), a(7), a(10), a(1), a(3), a(4));

    private SampleMenus() {
    }

    /** The EU-14 allergen with this display number, in the order lines' wire shape. */
    static String a(int number) {
        return """
                {"id": %d, "display_number": %d, "name_da": "%s", "name_en": "%s"}"""
                .formatted(100 + number, number, EU14[number - 1][0], EU14[number - 1][1]);
    }

    static KitchenOrder order(String id, String number, String state, Instant placedAt, Instant stateChangedAt) {
        return new KitchenOrder(id, "S-" + id, FakeSignageGateway.LOCATION.toString(), number, "counter", "Ana",
                placedAt, state, stateChangedAt, false,
                List.of(new KitchenOrder.OrderLine("l-" + id, "BRG-CLS", "Classic burger", 1, List.of(), null, null,
                        List.of())), stateChangedAt);
    }
}
