package org.preptable.gateway.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One role per user, with a name in each API dialect (DESIGN.md §2): {@code admin ≡ HEAD_CHEF},
 * {@code manager ≡ SOUS_CHEF}, {@code staff ≡ LINE_COOK}. Kiosks have no kitchen-planning name; customers come from
 * self-registration and have no kitchen or operations access.
 */
public enum Role {
    ADMIN("admin", "HEAD_CHEF"),
    MANAGER("manager", "SOUS_CHEF"),
    STAFF("staff", "LINE_COOK"),
    KIOSK("kiosk", null),
    CUSTOMER("customer", "CUSTOMER");

    private final String opsName;
    private final String kitchenName;

    Role(String opsName, String kitchenName) {
        this.opsName = opsName;
        this.kitchenName = kitchenName;
    }

    /** The operations-dialect name, also the stored value. */
    public String opsName() {
        return opsName;
    }

    /** The kitchen-planning name; a kiosk, which has none there, shows as {@code KIOSK}. */
    public String kitchenName() {
        return kitchenName != null ? kitchenName : "KIOSK";
    }

    /** Head chef, sous chef or line cook: the reference's KITCHEN_STAFF group. */
    public boolean isKitchenStaff() {
        return this == ADMIN || this == MANAGER || this == STAFF;
    }

    /** Accepts either spelling, any case: {@code admin}, {@code HEAD_CHEF}, {@code head_chef}. */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim();
        return Arrays.stream(values())
                .filter(role -> role.opsName.equalsIgnoreCase(wanted)
                        || (role.kitchenName != null && role.kitchenName.equalsIgnoreCase(wanted)))
                .findFirst();
    }

    public static Role fromStored(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
