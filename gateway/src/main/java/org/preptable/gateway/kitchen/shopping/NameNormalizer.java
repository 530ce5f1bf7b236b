package org.preptable.gateway.kitchen.shopping;

import java.util.List;
import java.util.Map;

/**
 * An optional improver of ingredient names (spelling, one language, synonyms) in front of the deterministic rules
 * of {@link IngredientNames}. It may fail in any way; the shopping list then uses the rules alone.
 */
public interface NameNormalizer {

    /** The normalizer used when none is configured: it proposes nothing. */
    NameNormalizer NONE = new NameNormalizer() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public Map<String, String> improve(List<String> names, Language language) {
            return Map.of();
        }
    };

    boolean enabled();

    /**
     * Better names for some or all of {@code names} (original → better), in {@code language}; throws on any failure
     * (no answer in time, an error status, an answer that is not the promised JSON).
     */
    Map<String, String> improve(List<String> names, Language language) throws Exception;

    /** The reference's SupportedLanguage codes, with the name a prompt uses. */
    enum Language {
        DA("Danish"), EN("English"), ES("Spanish"), IT("Italian"), PT("Portuguese"), FR("French"), DE("German"),
        PL("Polish"), NL("Dutch");

        private final String englishName;

        Language(String englishName) {
            this.englishName = englishName;
        }

        public String englishName() {
            return englishName;
        }
    }
}
