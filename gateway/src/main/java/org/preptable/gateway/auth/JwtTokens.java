package org.preptable.gateway.auth;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.security.SignatureException;
import java.util.UUID;
import org.preptable.gateway.http.ApiError;

/**
 * HS256 bearer tokens (seed 000): 30 minutes, issuer {@code preptable}, and only HS256 accepted, so a token cannot
 * pick its own algorithm. Claims follow the kitchen-planning reference ({@code sub}, {@code userId}, {@code email},
 * {@code role}) plus {@code uid}, the operations-dialect id.
 */
public final class JwtTokens {

    public static final String ISSUER = "preptable";
    public static final int LIFETIME_SECONDS = 30 * 60;
    private static final String ALGORITHM = "HS256";

    private final JWTAuth jwt;

    public JwtTokens(Vertx vertx, String secret) {
        this.jwt = JWTAuth.create(vertx, new JWTAuthOptions()
                .addPubSecKey(new PubSecKeyOptions().setAlgorithm(ALGORITHM).setBuffer(secret))
                .setJWTOptions(new JWTOptions().setAlgorithm(ALGORITHM).setIssuer(ISSUER)));
    }

    public String issue(UUID userId, long number, String email, Role role) {
        JsonObject claims = new JsonObject()
                .put("sub", email)
                .put("userId", number)
                .put("uid", userId.toString())
                .put("email", email)
                .put("role", role.kitchenName());
        return jwt.generateToken(claims, new JWTOptions().setAlgorithm(ALGORITHM).setIssuer(ISSUER)
                .setExpiresInSeconds(LIFETIME_SECONDS));
    }

    /** Signs arbitrary claims as given (no expiry added); for tests that need expired or odd tokens. */
    public String sign(JsonObject claims) {
        return jwt.generateToken(claims, new JWTOptions().setAlgorithm(ALGORITHM));
    }

    /**
     * Returns the user id the token names, or throws a 401 whose message says what was wrong, in the
     * reference's words.
     */
    public UUID verify(String token) {
        JsonObject payload;
        try {
            payload = jwt.authenticate(new TokenCredentials(token)).await().attributes().getJsonObject("accessToken");
        } catch (Exception e) { // await() rethrows checked causes such as SignatureException unchanged
            throw ApiError.unauthorized(reason(e));
        }
        if (payload.getValue("exp") == null) {
            throw ApiError.unauthorized("Token has expired");
        }
        try {
            return UUID.fromString(payload.getString("uid", ""));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw ApiError.unauthorized("Token claims invalid");
        }
    }

    private static String reason(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        if (failure instanceof SignatureException || failure.getCause() instanceof SignatureException
                || failure.getClass().getSimpleName().equals("NoSuchKeyIdException")) {
            return "Token signature invalid";
        }
        if (message.contains("expired")) {
            return "Token has expired";
        }
        if (message.contains("issuer")) {
            return "Token issuer invalid";
        }
        if (message.contains("\"none\"")) {
            return "Token signature invalid";
        }
        return "Token could not be verified";
    }
}
