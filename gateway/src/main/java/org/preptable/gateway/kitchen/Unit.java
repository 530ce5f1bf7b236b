package org.preptable.gateway.kitchen;

import java.util.Locale;
import org.preptable.gateway.http.ApiError;

/**
 * The reference's units of ingredient requests and shopping-list items. The JSON carries the constant name
 * ({@code "KG"}); the Danish display names ({@code kg}, {@code stk}, {@code bundt}, ...) are for people, e.g. in
 * the CSV export. Mass and volume units know their base unit so that shopping lists can add grams to kilograms.
 */
public enum Unit {
    KG("kg"), G("g"), L("l"), ML("ml"), PCS("stk"), BUNCH("bundt"), CAN("dåse"), BOX("kasse"), BAG("pose"),
    PACK("pakke"), BOTTLE("flaske"), SLICE("skive"), SIDES("sider");

    private final String display;

    Unit(String display) {
        this.display = display;
    }

    public String display() {
        return display;
    }

    /** A unit named by a client, any case; null or blank is the reference's "Unit cannot be null.". */
    public static Unit parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiError.badRequest("Unit cannot be null.");
        }
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("Invalid unit: " + raw + " (use KG, G, L, ML, PCS, BUNCH, CAN, BOX, BAG, PACK,"
                    + " BOTTLE, SLICE or SIDES)");
        }
    }
}
