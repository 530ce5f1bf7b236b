package org.preptable.gateway.kitchen.translation;

import java.util.LinkedHashMap;
import java.util.Map;

/** A dish's texts in both languages: what translation reads and writes. */
public record DishText(long id, String nameDa, String descriptionDa, String nameEn, String descriptionEn) {

    public boolean hasTranslation() {
        return nameEn != null && !nameEn.isBlank() && descriptionEn != null && !descriptionEn.isBlank();
    }

    DishText withEnglish(String name, String description) {
        return new DishText(id, nameDa, descriptionDa, name, description);
    }

    /** Whether the Danish texts are still those that were translated. */
    boolean sameDanish(DishText other) {
        return nameDa.equals(other.nameDa) && descriptionDa.equals(other.descriptionDa);
    }

    /** The answer of {@code POST /dishes/{id}/translate}. */
    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("nameDA", nameDa);
        view.put("nameEN", nameEn);
        view.put("descriptionDA", descriptionDa);
        view.put("descriptionEN", descriptionEn);
        view.put("hasTranslation", hasTranslation());
        return view;
    }

    /** What a translation changes; also what the audit log keeps. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name_en", nameEn);
        fields.put("description_en", descriptionEn);
        return fields;
    }
}
