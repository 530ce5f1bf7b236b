package org.preptable.model;

/**
 * The error body every PrepTable API error carries (seed 000's format, used on both route families).
 *
 * @param statusCode  the HTTP status, repeated in the body for clients that lose it
 * @param message     a human-readable reason, safe to show to an operator
 * @param timestamp   server time of the error, {@code yyyy-MM-dd HH:mm}
 * @param path        the request path that failed
 * @param referenceId the request id, also written to the gateway log
 */
public record ErrorEnvelope(int statusCode, String message, String timestamp, String path, String referenceId) {
}
