package org.preptable.gateway.kitchen.shopping;

import java.util.Locale;
import java.util.Set;

/**
 * The deterministic half of name normalization, which needs no service: "Tomatoes", " tomato " and "TOMATO" are one
 * ingredient. A name's key is its lower-case form with single spaces and its last word made singular by the English
 * plural rules (tomatoes → tomato, berries → berry, radishes → radish, onions → onion); the shown name is the key
 * with a capital first letter ("Tomato"), as the reference's AI prompt asked for. Danish plurals are left alone:
 * their endings (-er, -e) are also the endings of singular words (peber, løg), so no rule could tell them apart.
 */
public final class IngredientNames {

    /** Words that end like an English plural but are not one (or are the same in both numbers). */
    private static final Set<String> INVARIANT = Set.of("asparges", "molasses", "chips", "series", "species",
            "pommes", "frites", "grits");

    private IngredientNames() {
    }

    /** The merging key: lower case, single spaces, the last word singular. */
    public static String key(String name) {
        String words = name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        int space = words.lastIndexOf(' ');
        return words.substring(0, space + 1) + singular(words.substring(space + 1));
    }

    /** How a key is shown: its first letter capitalized ("frisk dild" → "Frisk dild"). */
    public static String display(String key) {
        if (key.isEmpty()) {
            return key;
        }
        int first = key.codePointAt(0);
        return new String(Character.toChars(Character.toTitleCase(first))) + key.substring(Character.charCount(first));
    }

    /** English plural rules for one lower-case word; short words and the exceptions stay as they are. */
    static String singular(String word) {
        if (word.length() <= 3 || INVARIANT.contains(word)) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y"; // berries → berry
        }
        if (word.endsWith("oes")) {
            return word.substring(0, word.length() - 2); // tomatoes → tomato
        }
        for (String ending : new String[] {"ches", "shes", "sses", "xes", "zes"}) {
            if (word.endsWith(ending)) {
                return word.substring(0, word.length() - 2); // peaches → peach, radishes → radish
            }
        }
        if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word; // cress, asparagus, anis: not plurals
        }
        if (word.endsWith("s")) {
            return word.substring(0, word.length() - 1); // onions → onion, eggs → egg
        }
        return word;
    }
}
