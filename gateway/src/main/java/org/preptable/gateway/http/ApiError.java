package org.preptable.gateway.http;

import java.util.Map;

/**
 * A failure whose status and message are meant for the client. Handlers throw it; the error handler turns it into
 * the error envelope. Anything else that escapes a handler is a 500 whose details stay in the log.
 */
public class ApiError extends RuntimeException {

    private final int status;
    private final Map<String, Object> extraFields;
    private final long retryAfterSeconds;

    public ApiError(int status, String message) {
        this(status, message, Map.of());
    }

    /** An error whose body carries fields besides the envelope's five, e.g. the current state on a 409. */
    public ApiError(int status, String message, Map<String, Object> extraFields) {
        this(status, message, extraFields, 0);
    }

    private ApiError(int status, String message, Map<String, Object> extraFields, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.extraFields = Map.copyOf(extraFields);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public Map<String, Object> extraFields() {
        return extraFields;
    }

    /** The {@code Retry-After} this answer carries, in seconds; 0 for none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    public static ApiError unauthorized(String message) {
        return new ApiError(401, message);
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    public static ApiError conflict(String message) {
        return new ApiError(409, message);
    }

    /** 429 with {@code Retry-After}: the client is refused for now (login protection) and may try again later. */
    public static ApiError tooManyRequests(String message, long retryAfterSeconds) {
        return new ApiError(429, message, Map.of(), Math.max(1, retryAfterSeconds));
    }
}
