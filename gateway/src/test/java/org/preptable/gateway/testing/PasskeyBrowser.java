package org.preptable.gateway.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.webauthn4j.data.AttestationConveyancePreference;
import com.webauthn4j.data.AuthenticatorAssertionResponse;
import com.webauthn4j.data.AuthenticatorAttestationResponse;
import com.webauthn4j.data.AuthenticatorSelectionCriteria;
import com.webauthn4j.data.PublicKeyCredential;
import com.webauthn4j.data.PublicKeyCredentialCreationOptions;
import com.webauthn4j.data.PublicKeyCredentialDescriptor;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialRequestOptions;
import com.webauthn4j.data.PublicKeyCredentialRpEntity;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.PublicKeyCredentialUserEntity;
import com.webauthn4j.data.ResidentKeyRequirement;
import com.webauthn4j.data.UserVerificationRequirement;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.test.authenticator.webauthn.PackedAuthenticator;
import com.webauthn4j.test.authenticator.webauthn.WebAuthnAuthenticatorAdaptor;
import com.webauthn4j.test.client.ClientPlatform;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A browser with one passkey authenticator, played by webauthn4j's emulator: it turns the gateway's options into
 * the {@code PublicKeyCredential} JSON a browser would post ({@code toJSON()}), signed by an emulated authenticator
 * that keeps its discoverable credentials and counts signatures. {@code origin} is what the browser claims in the
 * client data (the page's origin), independent of the address the test talks to.
 */
public final class PasskeyBrowser {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final PackedAuthenticator authenticator = new PackedAuthenticator();
    private final ClientPlatform platform;

    public PasskeyBrowser(String origin) {
        platform = new ClientPlatform(new Origin(origin), new WebAuthnAuthenticatorAdaptor(authenticator));
    }

    /** The same authenticator seen from another origin (a phishing page). */
    public PasskeyBrowser at(String otherOrigin) {
        platform.setOrigin(new Origin(otherOrigin));
        return this;
    }

    /** Stops the signature counter from moving, as a cloned authenticator's copy does. */
    public void freezeCounter() {
        authenticator.setCountUpEnabled(false);
    }

    /** The registration answer to {@code options} (the body of POST .../options' 200). */
    public Map<String, Object> create(JsonNode options) {
        List<PublicKeyCredentialParameters> params = new ArrayList<>();
        options.path("pubKeyCredParams").forEach(p -> params.add(new PublicKeyCredentialParameters(
                PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.create(p.path("alg").asLong()))));
        List<PublicKeyCredentialDescriptor> exclude = new ArrayList<>();
        options.path("excludeCredentials").forEach(c -> exclude.add(new PublicKeyCredentialDescriptor(
                PublicKeyCredentialType.PUBLIC_KEY, DECODE.decode(c.path("id").asText()), null)));
        JsonNode user = options.path("user");
        var creation = new PublicKeyCredentialCreationOptions(
                new PublicKeyCredentialRpEntity(options.path("rp").path("id").asText(), options.path("rp").path("name").asText()),
                new PublicKeyCredentialUserEntity(DECODE.decode(user.path("id").asText()), user.path("name").asText(),
                        user.path("displayName").asText()),
                new DefaultChallenge(options.path("challenge").asText()), params, options.path("timeout").asLong(),
                exclude, new AuthenticatorSelectionCriteria(null, true, ResidentKeyRequirement.REQUIRED,
                        UserVerificationRequirement.REQUIRED),
                AttestationConveyancePreference.NONE, null);
        PublicKeyCredential<AuthenticatorAttestationResponse, ?> credential = platform.create(creation);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", B64.encodeToString(credential.getResponse().getClientDataJSON()));
        response.put("attestationObject", B64.encodeToString(credential.getResponse().getAttestationObject()));
        response.put("transports", List.of("internal", "hybrid"));
        return wrap(credential.getRawId(), response);
    }

    /** The login answer to {@code options}: the authenticator picks its discoverable credential for the RP ID. */
    public Map<String, Object> get(JsonNode options) {
        List<PublicKeyCredentialDescriptor> allow = new ArrayList<>();
        options.path("allowCredentials").forEach(c -> allow.add(new PublicKeyCredentialDescriptor(
                PublicKeyCredentialType.PUBLIC_KEY, DECODE.decode(c.path("id").asText()), null)));
        var request = new PublicKeyCredentialRequestOptions(new DefaultChallenge(options.path("challenge").asText()),
                options.path("timeout").asLong(), options.path("rpId").asText(), allow,
                UserVerificationRequirement.REQUIRED, null);
        PublicKeyCredential<AuthenticatorAssertionResponse, ?> credential = platform.get(request);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", B64.encodeToString(credential.getResponse().getClientDataJSON()));
        response.put("authenticatorData", B64.encodeToString(credential.getResponse().getAuthenticatorData()));
        response.put("signature", B64.encodeToString(credential.getResponse().getSignature()));
        byte[] handle = credential.getResponse().getUserHandle();
        response.put("userHandle", handle == null ? null : B64.encodeToString(handle));
        return wrap(credential.getRawId(), response);
    }

    private static Map<String, Object> wrap(byte[] rawId, Map<String, Object> response) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", B64.encodeToString(rawId));
        json.put("rawId", B64.encodeToString(rawId));
        json.put("type", "public-key");
        json.put("response", response);
        json.put("authenticatorAttachment", "platform");
        json.put("clientExtensionResults", Map.of());
        return json;
    }
}
