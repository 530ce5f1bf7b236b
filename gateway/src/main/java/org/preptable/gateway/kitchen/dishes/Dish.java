package org.preptable.gateway.kitchen.dishes;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.kitchen.dishes.Refs.DishAllergen;
import org.preptable.gateway.kitchen.dishes.Refs.Person;
import org.preptable.gateway.kitchen.dishes.Refs.StationRef;
import org.preptable.model.WireTime;

/**
 * A dish in the bank. {@code createdById} is the creator's UUID (kept for the audit log), {@code createdBy} how the
 * kitchen-planning dialect shows them. {@code updatedAt} is null until the dish is first changed.
 */
public record Dish(long id, String nameDa, String nameEn, String descriptionDa, String descriptionEn,
                   StationRef station, UUID createdById, Person createdBy, List<DishAllergen> allergens,
                   boolean active, int originWeek, int originYear, Instant createdAt, Instant updatedAt) {

    /** Derived, never stored: a dish is translated when it has both an English name and an English description. */
    public boolean hasTranslations() {
        return translated(nameEn, descriptionEn);
    }

    static boolean translated(String nameEn, String descriptionEn) {
        return nameEn != null && !nameEn.isBlank() && descriptionEn != null && !descriptionEn.isBlank();
    }

    /** Seed 001's dish object, field for field. */
    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("nameDA", nameDa);
        view.put("nameEN", nameEn);
        view.put("descriptionDA", descriptionDa);
        view.put("descriptionEN", descriptionEn);
        view.put("station", station.view());
        view.put("createdBy", createdBy.view());
        view.put("allergens", allergens.stream().map(DishAllergen::view).toList());
        view.put("active", active);
        view.put("originWeek", originWeek);
        view.put("originYear", originYear);
        view.put("hasTranslations", hasTranslations());
        view.put("createdAt", WireTime.kitchen(createdAt, ZoneId.systemDefault()));
        view.put("updatedAt", updatedAt == null ? null : WireTime.kitchen(updatedAt, ZoneId.systemDefault()));
        return view;
    }

    /** Seed 001's DishOption: the light form menu planning picks from. */
    public Map<String, Object> option() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("dishId", id);
        view.put("dishName", nameDa);
        view.put("dishDescription", descriptionDa);
        view.put("stationName", station.name());
        view.put("isActive", active);
        return view;
    }

    /** What the audit log keeps of a dish. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("name_da", nameDa);
        fields.put("name_en", nameEn);
        fields.put("description_da", descriptionDa);
        fields.put("description_en", descriptionEn);
        fields.put("station_id", station.id());
        fields.put("active", active);
        fields.put("origin_week", originWeek);
        fields.put("origin_year", originYear);
        fields.put("created_by", createdById.toString());
        fields.put("allergen_ids", allergens.stream().map(DishAllergen::id).toList());
        return fields;
    }

    /**
     * The detail view of {@code GET /dishes/{id}}: the dish plus the number of weekly menus (any status) that place
     * it and the last published week that served it ({@code "Uge 7 · 2026"}, or null).
     */
    public record Detail(Dish dish, long menuCount, String lastServed) {

        public Map<String, Object> view() {
            Map<String, Object> view = dish.view();
            view.put("menuCount", menuCount);
            view.put("lastServed", lastServed);
            return view;
        }
    }
}
