package org.preptable.gateway.auth.passkeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.preptable.gateway.http.ApiError;
import org.preptable.model.Json;

/**
 * A browser's {@code PublicKeyCredential} as JSON ({@code toJSON()} of WebAuthn level 3): the body of every
 * {@code .../verify}. Checked here for shape only (base64url fields, lengths, the ceremony's fields); what the bytes
 * say is for webauthn4j to verify. The client data is read here only for its challenge and type, to find the
 * ceremony the answer belongs to.
 */
public record CredentialJson(
        @JsonProperty("id") String id,
        @JsonProperty("rawId") String rawId,
        @JsonProperty("type") String type,
        @JsonProperty("response") Response response,
        @JsonProperty("authenticatorAttachment") String authenticatorAttachment,
        @JsonProperty("clientExtensionResults") Map<String, Object> clientExtensionResults) {

    /** Both ceremonies' response fields; {@link #forRegistration} and {@link #forLogin} refuse the other's. */
    public record Response(
            @JsonProperty("clientDataJSON") String clientDataJson,
            @JsonProperty("attestationObject") String attestationObject,
            @JsonProperty("authenticatorData") String authenticatorData,
            @JsonProperty("transports") List<String> transports,
            @JsonProperty("publicKey") String publicKey,
            @JsonProperty("publicKeyAlgorithm") Long publicKeyAlgorithm,
            @JsonProperty("signature") String signature,
            @JsonProperty("userHandle") String userHandle) {
    }

    /** What the client data says the answer is for. */
    public record ClientData(String type, String challenge) {
    }

    public static final int ID_MAX = 1400;
    public static final int CLIENT_DATA_MAX = 8192;
    public static final int ATTESTATION_MAX = 65536;
    public static final int AUTHENTICATOR_DATA_MAX = 8192;
    public static final int SIGNATURE_MAX = 2048;
    public static final int USER_HANDLE_MAX = 128;
    public static final List<String> TRANSPORTS = List.of("usb", "nfc", "ble", "smart-card", "hybrid", "internal");
    private static final Pattern BASE64URL = Pattern.compile("^[A-Za-z0-9_-]+={0,2}$");

    /** The answer to a registration (register or add): its fields checked, as the library reads them. */
    public JsonObject forRegistration() {
        common();
        required("response.attestationObject", response.attestationObject(), ATTESTATION_MAX);
        optional("response.authenticatorData", response.authenticatorData(), AUTHENTICATOR_DATA_MAX);
        optional("response.publicKey", response.publicKey(), ATTESTATION_MAX);
        if (response.signature() != null || response.userHandle() != null) {
            throw ApiError.badRequest("A registration answer has no 'signature' or 'userHandle'; was this a login?");
        }
        JsonObject answer = libraryResponse().put("attestationObject", unpadded(response.attestationObject()));
        answer.put("transports", new JsonArray(transports()));
        return wrap(answer);
    }

    /** The answer to a login. */
    public JsonObject forLogin() {
        common();
        required("response.authenticatorData", response.authenticatorData(), AUTHENTICATOR_DATA_MAX);
        required("response.signature", response.signature(), SIGNATURE_MAX);
        optional("response.userHandle", response.userHandle(), USER_HANDLE_MAX);
        if (response.attestationObject() != null || response.transports() != null || response.publicKey() != null
                || response.publicKeyAlgorithm() != null) {
            throw ApiError.badRequest("A login answer has no attestation fields; was this a registration?");
        }
        JsonObject answer = libraryResponse()
                .put("authenticatorData", unpadded(response.authenticatorData()))
                .put("signature", unpadded(response.signature()));
        if (response.userHandle() != null && !response.userHandle().isEmpty()) {
            answer.put("userHandle", unpadded(response.userHandle()));
        }
        return wrap(answer);
    }

    /** The credential id, as stored and as {credID} in paths (base64url without padding). */
    public String credentialId() {
        return unpadded(rawId);
    }

    /** The transports the browser reported, known names only (the list is advice for later logins). */
    public List<String> transports() {
        return response.transports() == null ? List.of()
                : response.transports().stream().filter(TRANSPORTS::contains).distinct().toList();
    }

    /** The type and challenge of the client data; 400 when it is not the JSON a browser writes. */
    public ClientData clientData() {
        try {
            JsonNode data = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(unpadded(response.clientDataJson())));
            String kind = data.path("type").asText("");
            String challenge = data.path("challenge").asText("");
            if (kind.isEmpty() || challenge.isEmpty()) {
                throw ApiError.badRequest("Field 'response.clientDataJSON' lacks its type or challenge");
            }
            return new ClientData(kind, challenge);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw ApiError.badRequest("Field 'response.clientDataJSON' is not base64url-encoded client data JSON");
        }
    }

    private void common() {
        required("id", id, ID_MAX);
        required("rawId", rawId, ID_MAX);
        if (!"public-key".equals(type)) {
            throw ApiError.badRequest("Field 'type' must be public-key");
        }
        if (response == null) {
            throw ApiError.badRequest("Field 'response' is required");
        }
        if (!unpadded(id).equals(unpadded(rawId))) {
            throw ApiError.badRequest("Fields 'id' and 'rawId' must name the same credential");
        }
        required("response.clientDataJSON", response.clientDataJson(), CLIENT_DATA_MAX);
        if (authenticatorAttachment != null && !List.of("platform", "cross-platform").contains(authenticatorAttachment)) {
            throw ApiError.badRequest("Field 'authenticatorAttachment' must be platform or cross-platform");
        }
        if (response.transports() != null && response.transports().size() > 10) {
            throw ApiError.badRequest("Field 'response.transports' has at most 10 entries");
        }
    }

    private JsonObject libraryResponse() {
        // vertx-auth-webauthn4j reads the extension results from inside "response", not beside it
        return new JsonObject()
                .put("clientDataJSON", unpadded(response.clientDataJson()))
                .put("clientExtensionResults", new JsonObject(clientExtensionResults == null ? Map.of()
                        : clientExtensionResults));
    }

    private JsonObject wrap(JsonObject answer) {
        return new JsonObject().put("id", credentialId()).put("rawId", credentialId()).put("type", "public-key")
                .put("response", answer);
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            throw ApiError.badRequest("Field '" + field + "' is required");
        }
        optional(field, value, max);
    }

    private static void optional(String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            throw ApiError.badRequest("Field '" + field + "' must be at most " + max + " characters");
        }
        if (!value.isEmpty() && !BASE64URL.matcher(value).matches()) {
            throw ApiError.badRequest("Field '" + field + "' must be base64url");
        }
    }

    static String unpadded(String value) {
        return value == null ? null : value.replaceAll("=+$", "");
    }
}
