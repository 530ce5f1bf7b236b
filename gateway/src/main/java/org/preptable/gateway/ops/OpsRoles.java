package org.preptable.gateway.ops;

import org.preptable.gateway.auth.Role;

/** The role sets the operations routes share (seed 002's role table). */
public final class OpsRoles {

    /** Everyone who works a campus: reads everything in scope, writes counts and waste. */
    public static final Role[] READERS = {Role.ADMIN, Role.MANAGER, Role.STAFF};

    /** Campus management: dayparts, placements, par levels, purchase orders, store settings. */
    public static final Role[] MANAGERS = {Role.ADMIN, Role.MANAGER};

    private OpsRoles() {
    }
}
