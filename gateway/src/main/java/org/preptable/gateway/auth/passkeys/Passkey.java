package org.preptable.gateway.auth.passkeys;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.model.WireTime;

/** A stored passkey. {@code credentialId} (base64url) is its id on the wire; {@code id} stays inside. */
public record Passkey(UUID id, UUID userId, String credentialId, long signCount, String aaguid,
                      List<String> transports, String name, Instant createdAt, Instant lastUsedAt) {

    /** {@code GET /auth/credentials}: name, created, last used, transports. */
    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", credentialId);
        view.put("name", name);
        view.put("created_at", WireTime.rfc3339(createdAt));
        view.put("last_used_at", lastUsedAt == null ? null : WireTime.rfc3339(lastUsedAt));
        view.put("transports", transports);
        return view;
    }

    /** The audit log's copy: what identifies the passkey, never its public key. */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("user_id", userId.toString());
        view.put("credential_id", credentialId);
        view.put("name", name);
        view.put("aaguid", aaguid);
        view.put("transports", transports);
        return view;
    }
}
