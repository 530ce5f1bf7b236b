package org.preptable.gateway.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.pgclient.PgException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.preptable.model.Json;
import org.preptable.model.WireTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into seed 000's envelope ({@code statusCode, message, timestamp, path, referenceId}), or
 * into seed 002's plain-text body when the client prefers {@code text/plain}. Unexpected failures are logged with
 * their stack trace and reference id; the client only sees the id.
 */
public final class ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    /** What a 503 tells the client to wait: the database is being restarted or reconnected. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final ZoneId serverZone;
    private final long bodyLimitBytes;

    public ErrorHandler(ZoneId serverZone, long bodyLimitBytes) {
        this.serverZone = serverZone;
        this.bodyLimitBytes = bodyLimitBytes;
    }

    public void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        ApiError error = failure instanceof ApiError apiError ? apiError : translate(ctx, failure);
        if (error.status() == 503) {
            // The database is away (the supervisor logs why once): one line per request, no stack trace.
            LOG.warn("{} {} answered 503: {} ref={}", ctx.request().method(), ctx.request().path(), failure,
                    RequestIds.of(ctx));
        } else if (error.status() >= 500) {
            LOG.error("{} {} failed, ref={}", ctx.request().method(), ctx.request().path(), RequestIds.of(ctx), failure);
        }
        render(ctx, error);
    }

    /** For {@code Router.errorHandler(status, ...)}: the router decided the status (404, 405, 413...). */
    public void handleStatus(RoutingContext ctx, int status) {
        if (ctx.failure() != null) {
            handle(ctx);
        } else {
            render(ctx, forStatus(ctx, status, null));
        }
    }

    private ApiError translate(RoutingContext ctx, Throwable failure) {
        if (failure instanceof HttpException http) {
            return forStatus(ctx, http.getStatusCode(), http.getPayload());
        }
        if (failure instanceof PgException pg) {
            ApiError mapped = fromDatabase(pg);
            if (mapped != null) {
                return mapped;
            }
        }
        if (DatabaseUnavailable.is(failure)) {
            return new ApiError(503, "The database is not answering; try again in a few seconds");
        }
        if (failure == null && ctx.statusCode() > 0 && ctx.statusCode() < 500) {
            return forStatus(ctx, ctx.statusCode(), null);
        }
        return new ApiError(500, "An unexpected error occurred. Reference: " + RequestIds.of(ctx));
    }

    /** Constraint violations are the client's conflict or input error, never a 500. */
    private static ApiError fromDatabase(PgException pg) {
        String state = pg.getSqlState();
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "23505" -> ApiError.conflict("A record with the same unique value already exists");
            case "23503" -> ApiError.conflict("The record is still referenced by other records, or refers to one"
                    + " that does not exist");
            case "23514", "23502" -> ApiError.badRequest("A value is outside what is allowed: " + pg.getConstraint());
            case "22001" -> ApiError.badRequest("A text value is too long");
            case "54000" -> ApiError.badRequest("A value is too large to store");
            case "22021", "22P05" -> ApiError.badRequest("A text value contains a character that cannot be stored"
                    + " (such as NUL)");
            case "22P02", "22003", "22007", "22008" -> ApiError.badRequest("A value has the wrong format or range");
            default -> null;
        };
    }

    ApiError forStatus(RoutingContext ctx, int status, String detail) {
        String message = switch (status) {
            case 400 -> detail != null ? detail : "Bad request";
            case 401 -> "Authentication required";
            case 403 -> "Forbidden";
            case 404 -> "No resource at " + ctx.request().method() + " " + ctx.request().path();
            case 405 -> "Method " + ctx.request().method() + " is not allowed on " + ctx.request().path();
            case 413 -> "Request body is larger than the limit of " + bodyLimitBytes + " bytes";
            case 415 -> "Unsupported content type; send application/json";
            default -> detail != null ? detail : "Request failed";
        };
        return new ApiError(status, message);
    }

    /** Writes the envelope for {@code error} unless the response is already under way. */
    public void render(RoutingContext ctx, ApiError error) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        write(response, error, prefersPlainText(ctx.parsedHeaders().accept()), ctx.request().path(),
                RequestIds.of(ctx));
    }

    /**
     * The envelope for a request refused before routing (an undecodable path or query, a line or header too long
     * for the HTTP decoder), so even those answers have the shape every client expects. Logged in one line, with
     * no stack trace: a stranger's bad URL must not flood the log.
     */
    public void renderUnrouted(HttpServerRequest request, ApiError error) {
        String requestId = RequestIds.newId();
        LOG.info("{} refused before routing: {} ref={}", error.status(), error.getMessage(), requestId);
        HttpServerResponse response = request.response();
        response.putHeader("X-Request-Id", requestId);
        String accept = request.headers().get("Accept");
        String path = safePath(request);
        write(response, error, accept != null && accept.trim().startsWith("text/plain"), path, requestId);
    }

    private static String safePath(HttpServerRequest request) {
        String path;
        try {
            path = request.path();
        } catch (RuntimeException undecodable) {
            path = null;
        }
        if (path == null) {
            return "";
        }
        // The path is echoed back: keep it short and printable.
        String printable = path.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 200 ? printable.substring(0, 200) + "..." : printable;
    }

    private void write(HttpServerResponse response, ApiError error, boolean plainText, String path, String ref) {
        response.setStatusCode(error.status());
        if (error.status() == 503) {
            response.putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        } else if (error.retryAfterSeconds() > 0) {
            response.putHeader("Retry-After", String.valueOf(error.retryAfterSeconds()));
        }
        if (plainText) {
            response.putHeader("Content-Type", "text/plain; charset=utf-8").end(error.getMessage() + "\n");
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", error.status());
        body.put("message", error.getMessage());
        body.put("timestamp", WireTime.kitchen(Instant.now(), serverZone));
        body.put("path", path);
        body.put("referenceId", ref);
        body.putAll(error.extraFields());
        response.putHeader("Content-Type", "application/json; charset=utf-8").end(Json.write(body));
    }

    /** The first acceptable type in the client's order of preference decides; JSON when nothing is said. */
    static boolean prefersPlainText(java.util.List<MIMEHeader> accepted) {
        for (MIMEHeader accept : accepted) {
            String type = accept.component() + "/" + accept.subComponent();
            if (type.equals("text/plain")) {
                return true;
            }
            if (type.equals("application/json") || type.equals("*/*") || type.equals("application/*")) {
                return false;
            }
        }
        return false;
    }
}
