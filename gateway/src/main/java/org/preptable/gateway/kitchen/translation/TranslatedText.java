package org.preptable.gateway.kitchen.translation;

import java.util.regex.Pattern;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenText;

/**
 * Fits a machine translation to the kitchen's text rules ({@link KitchenText}) before it is stored: English
 * likes apostrophes ("Grandma's apple cake") and the occasional slash or exclamation mark, which names printed on
 * menus, tickets and signs may not carry. Apostrophes and quotes are dropped, other refused characters become
 * spaces. A text that still breaks a rule (too long, nothing left) is the service's failure: a 502, nothing stored.
 */
final class TranslatedText {

    private static final Pattern QUOTES = Pattern.compile("['’‘`´\"“”„«»]");
    private static final Pattern REFUSED = Pattern.compile("[^\\p{L}0-9\\s&,\\-.():]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ([,.:)])");

    private TranslatedText() {
    }

    static String name(String english, String dishName) {
        return checked(clean(english), dishName, true);
    }

    static String description(String english, String dishName) {
        return checked(clean(english), dishName, false);
    }

    static String clean(String english) {
        String text = QUOTES.matcher(english).replaceAll("");
        text = REFUSED.matcher(text).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ");
        return SPACE_BEFORE_PUNCTUATION.matcher(text).replaceAll("$1").trim();
    }

    private static String checked(String text, String dishName, boolean name) {
        try {
            return name ? KitchenText.name(text, "English name") : KitchenText.description(text, "English description");
        } catch (ApiError refused) {
            throw Translator.unavailable("the translation of '" + dishName + "' cannot be stored ("
                    + refused.getMessage() + ")");
        }
    }
}
