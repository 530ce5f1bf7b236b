package org.preptable.gateway.kitchen.dishes;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small references the dish bank and the suggestions show of other rows: a person as
 * {@code {id, firstName, lastName}} (id = the user's number), a station as {@code {id, name}}, an allergen as seed
 * 001 shows it on a dish.
 */
public final class Refs {

    private Refs() {
    }

    /** The reference's UserReferenceDTO; {@code number} is the kitchen-planning id. */
    public record Person(long number, String firstName, String lastName) {

        public Map<String, Object> view() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", number);
            view.put("firstName", firstName);
            view.put("lastName", lastName);
            return view;
        }
    }

    /** The reference's StationReferenceDTO. */
    public record StationRef(long id, String name) {

        public Map<String, Object> view() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", id);
            view.put("name", name);
            return view;
        }
    }

    /** An allergen on a dish, exactly as seed 001 shows it: {@code {id, nameDA, nameEN, displayNumber}}. */
    public record DishAllergen(long id, String nameDa, String nameEn, int displayNumber) {

        public Map<String, Object> view() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", id);
            view.put("nameDA", nameDa);
            view.put("nameEN", nameEn);
            view.put("displayNumber", displayNumber);
            return view;
        }

        /** Reads what {@link DishRepository}'s allergen column aggregates: {@code [{id, nameDA, nameEN, displayNumber}]}. */
        static List<DishAllergen> fromJson(JsonArray rows) {
            List<DishAllergen> allergens = new ArrayList<>();
            for (Object row : rows) {
                JsonObject allergen = (JsonObject) row;
                allergens.add(new DishAllergen(allergen.getLong("id"), allergen.getString("nameDA"),
                        allergen.getString("nameEN"), allergen.getInteger("displayNumber")));
            }
            return allergens;
        }
    }
}
