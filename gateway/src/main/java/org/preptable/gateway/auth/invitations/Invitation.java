package org.preptable.gateway.auth.invitations;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.auth.Role;
import org.preptable.model.WireTime;

/**
 * An invitation to register with a passkey. {@code state} is worked out by the database from its own clock
 * (pending, used, expired or revoked), so every gateway on it agrees on when one expires.
 *
 * @param email null only for a first-run invitation, where the first admin gives their own
 */
public record Invitation(UUID id, String email, Role role, List<UUID> locationIds, boolean firstRun,
                         UUID createdBy, Instant createdAt, Instant expiresAt, Instant usedAt, UUID usedBy,
                         Instant revokedAt, String state) {

    public static final String PENDING = "pending";

    public boolean pending() {
        return PENDING.equals(state);
    }

    /** What the registration page may know: no ids of who created or used it. */
    public Map<String, Object> publicView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("email", email);
        view.put("role", role.opsName());
        view.put("location_ids", locationIds.stream().map(UUID::toString).toList());
        view.put("expires_at", WireTime.rfc3339(expiresAt));
        return view;
    }

    /** The admin listing; never the token, which only its creator saw once. */
    public Map<String, Object> adminView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("email", email);
        view.put("role", role.opsName());
        view.put("location_ids", locationIds.stream().map(UUID::toString).toList());
        view.put("state", state);
        view.put("first_run", firstRun);
        view.put("created_by", createdBy == null ? null : createdBy.toString());
        view.put("created_at", WireTime.rfc3339(createdAt));
        view.put("expires_at", WireTime.rfc3339(expiresAt));
        view.put("used_at", usedAt == null ? null : WireTime.rfc3339(usedAt));
        view.put("used_by", usedBy == null ? null : usedBy.toString());
        view.put("revoked_at", revokedAt == null ? null : WireTime.rfc3339(revokedAt));
        return view;
    }

    /** The audit log's copy: the admin view as of the change. */
    public Map<String, Object> auditView() {
        return adminView();
    }
}
