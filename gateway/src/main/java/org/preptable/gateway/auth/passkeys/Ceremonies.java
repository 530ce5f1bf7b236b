package org.preptable.gateway.auth.passkeys;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.webauthn4j.Attestation;
import io.vertx.ext.auth.webauthn4j.Authenticator;
import io.vertx.ext.auth.webauthn4j.CredentialStorage;
import io.vertx.ext.auth.webauthn4j.ResidentKey;
import io.vertx.ext.auth.webauthn4j.UserVerification;
import io.vertx.ext.auth.webauthn4j.WebAuthn4J;
import io.vertx.ext.auth.webauthn4j.WebAuthn4JCredentials;
import io.vertx.ext.auth.webauthn4j.WebAuthn4JOptions;
import io.vertx.sqlclient.Pool;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The WebAuthn ceremonies, done by vertx-auth-webauthn4j (webauthn4j underneath): options with a fresh challenge,
 * and verification of what the browser answered (challenge, origin, RP ID hash, user verification, signature,
 * signature counter). Passkeys are discoverable (resident keys), so a login needs no email; user verification is
 * required; attestation is not asked for (a kitchen does not vet authenticator makers).
 */
final class Ceremonies {

    /** Why a ceremony failed; {@code counterRegression} marks a signature counter that did not move forward. */
    static final class Failed extends RuntimeException {
        final boolean counterRegression;

        Failed(String reason, boolean counterRegression) {
            super(reason, null, false, false);
            this.counterRegression = counterRegression;
        }
    }

    private final WebAuthn4J webauthn;
    private final RelyingParty rp;

    Ceremonies(Vertx vertx, RelyingParty rp, Pool pool, PasskeyRepository passkeys, int challengeSeconds) {
        this.rp = rp;
        this.webauthn = WebAuthn4J.create(vertx, new WebAuthn4JOptions()
                        .setRelyingParty(new io.vertx.ext.auth.webauthn4j.RelyingParty().setId(rp.id())
                                .setName("PrepTable"))
                        .setUserVerification(UserVerification.REQUIRED)
                        .setResidentKey(ResidentKey.REQUIRED)
                        .setAttestation(Attestation.NONE)
                        .setTimeoutInMilliseconds(challengeSeconds * 1000L)
                        // the library's default asks for txAuthSimple, an extension no browser ever shipped
                        .setExtensions(new JsonObject()))
                .credentialStorage(new CredentialStorage() {
                    @Override
                    public Future<List<Authenticator>> find(String email, String credentialId) {
                        return passkeys.find(pool, email, credentialId);
                    }

                    // Writes happen in PasskeyService's own transaction, with the user, the invitation and the
                    // audit row; the library's callbacks get no transaction to join, so they only acknowledge.
                    @Override
                    public Future<Void> storeCredential(Authenticator authenticator) {
                        return Future.succeededFuture();
                    }

                    @Override
                    public Future<Void> updateCounter(Authenticator authenticator) {
                        return Future.succeededFuture();
                    }
                });
    }

    /**
     * Options for {@code navigator.credentials.create}. The user handle is the account's own id (the library would
     * pick a random one), so a discoverable passkey names its account; existing passkeys of {@code email} are
     * excluded, so one authenticator is not registered twice.
     */
    JsonObject creationOptions(String email, String displayName, UUID userId) {
        JsonObject options = webauthn.createCredentialsOptions(new JsonObject().put("name", email)
                .put("displayName", displayName)).await();
        options.getJsonObject("user").put("id", userHandle(userId));
        return options;
    }

    /** Options for {@code navigator.credentials.get}, without allowCredentials (discoverable). */
    JsonObject requestOptions() {
        return webauthn.getCredentialsOptions(null).await();
    }

    /**
     * Verifies a browser's answer against its (already consumed) challenge; the verified authenticator, or
     * {@link Failed} with the library's reason.
     */
    Authenticator verify(String challenge, JsonObject answer, String email) {
        User verified;
        try {
            verified = webauthn.authenticate(new WebAuthn4JCredentials()
                    .setChallenge(challenge)
                    .setOrigin(rp.origin())
                    .setDomain(rp.id())
                    .setUsername(email)
                    .setWebauthn(answer)).await();
        } catch (Exception e) {
            throw new Failed(reason(e), counterRegression(e));
        }
        return new Authenticator(verified.principal());
    }

    static String userHandle(UUID userId) {
        Buffer bytes = Buffer.buffer(16).appendLong(userId.getMostSignificantBits())
                .appendLong(userId.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.getBytes());
    }

    /** webauthn4j signals a cloned authenticator with MaliciousCounterValueException, somewhere in the causes. */
    private static boolean counterRegression(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("MaliciousCounterValueException")) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
