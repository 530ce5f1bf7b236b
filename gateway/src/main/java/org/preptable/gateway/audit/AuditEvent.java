package org.preptable.gateway.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What changed: the action, the entity (table name and key) and the diff. Updates keep only the fields that
 * changed; deletes keep the whole prior row; creates keep the new row.
 */
public record AuditEvent(String action, String entity, String entityId, Map<String, Object> before,
                         Map<String, Object> after) {

    public static AuditEvent create(String entity, Object entityId, Map<String, Object> row) {
        return new AuditEvent("create", entity, String.valueOf(entityId), null, row);
    }

    public static AuditEvent delete(String entity, Object entityId, Map<String, Object> priorRow) {
        return new AuditEvent("delete", entity, String.valueOf(entityId), priorRow, null);
    }

    public static AuditEvent update(String entity, Object entityId, Map<String, Object> before,
                                    Map<String, Object> after) {
        return change("update", entity, entityId, before, after);
    }

    /** An update with a more specific action name, e.g. {@code role_change}; the diff is computed the same way. */
    public static AuditEvent change(String action, String entity, Object entityId, Map<String, Object> before,
                                    Map<String, Object> after) {
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        for (String key : union(before, after)) {
            Object old = before.get(key);
            Object now = after.get(key);
            if (!Objects.equals(old, now)) {
                changedBefore.put(key, old);
                changedAfter.put(key, now);
            }
        }
        return new AuditEvent(action, entity, String.valueOf(entityId), changedBefore, changedAfter);
    }

    /** An event with no row diff, e.g. {@code login}; {@code details} goes in the "after" column. */
    public static AuditEvent of(String action, String entity, Object entityId, Map<String, Object> details) {
        return new AuditEvent(action, entity, entityId == null ? null : String.valueOf(entityId), null, details);
    }

    private static Iterable<String> union(Map<String, Object> a, Map<String, Object> b) {
        var keys = new java.util.LinkedHashSet<String>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
