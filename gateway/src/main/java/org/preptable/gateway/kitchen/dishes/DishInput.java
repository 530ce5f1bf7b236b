package org.preptable.gateway.kitchen.dishes;

import java.util.List;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenText;

/** The bodies of {@code POST /dishes} and {@code PUT /dishes/{id}}, each checked and trimmed before any lookup. */
public final class DishInput {

    private DishInput() {
    }

    /** {@code POST /dishes}: English texts come later (by hand or by translation). */
    public record NewDish(String nameDA, String descriptionDA, Long stationId, List<Long> allergenIds) {

        /** The reference's order: station id, then names, then allergen ids. */
        public NewDish validated() {
            if (stationId == null || stationId <= 0) {
                throw ApiError.badRequest("Invalid ID: must be provided and greater than 0");
            }
            return new NewDish(KitchenText.name(nameDA, "Name DA"),
                    KitchenText.description(descriptionDA, "Description DA"), stationId,
                    AllergenIds.validated(allergenIds));
        }
    }

    /**
     * {@code PUT /dishes/{id}}: a full replacement of the texts and allergens. An omitted or null English text
     * removes it; omitted or empty {@code allergenIds} removes them all. Station, origin and activity stay.
     */
    public record DishChanges(String nameDA, String descriptionDA, String nameEN, String descriptionEN,
                              List<Long> allergenIds) {

        public DishChanges validated() {
            return new DishChanges(KitchenText.name(nameDA, "Name DA"),
                    KitchenText.description(descriptionDA, "Description DA"),
                    nameEN == null ? null : KitchenText.name(nameEN, "Name EN"),
                    descriptionEN == null ? null : KitchenText.description(descriptionEN, "Description EN"),
                    AllergenIds.validated(allergenIds));
        }
    }
}
