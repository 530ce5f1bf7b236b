package org.preptable.gateway.kds.kiosk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A station as a kiosk sees it at sign-in: the numeric kitchen-planning id (the id order lines carry), the name and
 * the POS item codes it prepares, so the kiosk can offer "one station or all".
 */
public record KioskStation(long id, String name, List<String> itemCodes) {

    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("name", name);
        view.put("item_codes", itemCodes);
        return view;
    }
}
