package org.preptable.gateway.testing;

import java.util.Arrays;
import java.util.List;

/**
 * What a request wrote to {@code audit_log}: take a {@link #mark} before it, then {@link #since} lists the rows
 * added after the mark as {@code "action entity entity_id"}, oldest first.
 */
public final class AuditTrail {

    private AuditTrail() {
    }

    public static long mark(TestGateway gateway) {
        return gateway.sql().count("SELECT coalesce(max(id), 0) FROM audit_log");
    }

    public static List<String> since(TestGateway gateway, long mark) {
        String rows = gateway.sql().text("SELECT string_agg(action || ' ' || entity || ' ' || coalesce(entity_id, ''),"
                + " '|' ORDER BY id) FROM audit_log WHERE id > ?", mark);
        return rows == null ? List.of() : Arrays.asList(rows.split("\\|"));
    }
}
