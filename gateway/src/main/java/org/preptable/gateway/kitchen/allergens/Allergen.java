package org.preptable.gateway.kitchen.allergens;

import java.util.LinkedHashMap;
import java.util.Map;

/** An allergen with its Danish and English texts and the number menus and tickets print for it. */
public record Allergen(long id, String nameDa, String nameEn, String descriptionDa, String descriptionEn,
                       int displayNumber) {

    /** The reference's AllergenDTO: {@code {id, nameDA, nameEN, descriptionDA, descriptionEN, displayNumber}}. */
    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("nameDA", nameDa);
        view.put("nameEN", nameEn);
        view.put("descriptionDA", descriptionDa);
        view.put("descriptionEN", descriptionEn);
        view.put("displayNumber", displayNumber);
        return view;
    }

    /** Fields a write may change; also what the audit log keeps. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("name_da", nameDa);
        fields.put("name_en", nameEn);
        fields.put("description_da", descriptionDa);
        fields.put("description_en", descriptionEn);
        fields.put("display_number", displayNumber);
        return fields;
    }
}
