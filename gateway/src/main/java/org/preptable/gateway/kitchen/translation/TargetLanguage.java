package org.preptable.gateway.kitchen.translation;

import io.vertx.ext.web.RoutingContext;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Params;

/**
 * The {@code lang} query parameter of the translate routes. Translations are stored in the English columns, so
 * English is the only target: absent means EN, any other code is a 400 (the reference translated into whatever was
 * asked and stored it as English anyway).
 */
public final class TargetLanguage {

    private TargetLanguage() {
    }

    public static void requireEnglish(RoutingContext ctx) {
        Params.query(ctx, "lang").ifPresent(lang -> {
            if (!lang.equalsIgnoreCase("EN")) {
                throw ApiError.badRequest("Unsupported target language: " + lang
                        + "; dishes are translated into English (EN) only");
            }
        });
    }
}
