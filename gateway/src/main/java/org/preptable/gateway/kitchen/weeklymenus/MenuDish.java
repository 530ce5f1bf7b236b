package org.preptable.gateway.kitchen.weeklymenus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.kitchen.allergens.Allergen;

/** A dish as a menu shows it: both languages and its allergens. {@code active} is for the rules, not shown. */
public record MenuDish(long id, String nameDa, String nameEn, String descriptionDa, String descriptionEn,
                       boolean active, List<Allergen> allergens) {

    /** Translated when both English texts are there (the dish bank's {@code hasTranslations}). */
    public boolean hasTranslation() {
        return nameEn != null && !nameEn.isBlank() && descriptionEn != null && !descriptionEn.isBlank();
    }

    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("nameDA", nameDa);
        view.put("nameEN", nameEn);
        view.put("descriptionDA", descriptionDa);
        view.put("descriptionEN", descriptionEn);
        view.put("hasTranslation", hasTranslation());
        view.put("allergens", allergens.stream().map(Allergen::view).toList());
        return view;
    }
}
