package org.preptable.gateway.kitchen.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;

/**
 * Translates dishes from Danish into English: all texts first (one request per 50 texts), then every dish's
 * {@code name_en} and {@code description_en} in one transaction with an audit row each, so a failure leaves no
 * dish half-translated. The result always goes into the English columns, and only English is asked for (the
 * reference stored any target language there).
 */
public final class DishTranslator {

    public static final String ENTITY = "dishes";

    private final Db db;
    private final TranslationRepository dishes;
    private final Translator translator;

    public DishTranslator(Db db, TranslationRepository dishes, Translator translator) {
        this.db = db;
        this.dishes = dishes;
        this.translator = translator;
    }

    /** One dish of the bank (404 when there is none). */
    public DishText translate(long dishId, AuditActor actor) {
        List<DishText> found = dishes.find(db.pool(), List.of(dishId));
        if (found.isEmpty()) {
            throw ApiError.notFound("Dish with ID " + dishId + " was not found.");
        }
        return translate(found, actor).getFirst();
    }

    /** Dishes the caller knows exist (a menu's): translated and written together. */
    public List<DishText> translateAll(List<Long> dishIds, AuditActor actor) {
        return translate(dishes.find(db.pool(), dishIds), actor);
    }

    private List<DishText> translate(List<DishText> sources, AuditActor actor) {
        if (sources.isEmpty()) {
            return List.of();
        }
        List<String> danish = new ArrayList<>();
        sources.forEach(dish -> {
            danish.add(dish.nameDa());
            danish.add(dish.descriptionDa());
        });
        List<String> english = translator.danishToEnglish(danish);
        List<DishText> translated = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            DishText dish = sources.get(i);
            translated.add(dish.withEnglish(TranslatedText.name(english.get(2 * i), dish.nameDa()),
                    TranslatedText.description(english.get(2 * i + 1), dish.nameDa())));
        }
        return db.tx(tx -> {
            Map<Long, DishText> now = dishes.lock(tx, translated.stream().map(DishText::id).toList()).stream()
                    .collect(Collectors.toMap(DishText::id, Function.identity()));
            for (DishText dish : translated) {
                DishText before = now.get(dish.id());
                // Edited or deleted while the service was working: its English would describe another text.
                if (before == null || !before.sameDanish(dish)) {
                    throw ApiError.conflict("Dish '" + dish.nameDa() + "' changed while it was being translated;"
                            + " translate it again");
                }
                dishes.writeEnglish(tx, dish);
                AuditLog.record(tx, actor, AuditEvent.change("translate", ENTITY, dish.id(), before.fields(),
                        dish.fields()));
            }
            return List.copyOf(translated);
        });
    }
}
