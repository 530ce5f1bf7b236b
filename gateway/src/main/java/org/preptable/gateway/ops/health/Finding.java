package org.preptable.gateway.ops.health;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One menu-health finding. {@code sortKey} is the check's stable key (a name and an id), never shown: with severity
 * and code it fixes the order of the answer, so the same data and clock always give the same list.
 */
record Finding(String code, Severity severity, String title, String explanation, Map<String, Object> evidence,
               List<String> suggestedActions, String sortKey) {

    enum Severity {
        // declaration order is the answer's order: the most urgent first
        CRITICAL, WARNING, INFO;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::code).thenComparing(Finding::sortKey);

    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("severity", severity.wire());
        view.put("title", title);
        view.put("explanation", explanation);
        view.put("evidence", evidence);
        view.put("suggested_actions", suggestedActions);
        return view;
    }

    /** A key that sorts by name ignoring case, then by id, so equal names still have one order. */
    static String key(String name, Object id) {
        return name.toLowerCase(Locale.ROOT) + "\u0000" + id;
    }

    /** "Soup, Salad and Stew" for suggestions. */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
