package org.preptable.gateway.http;

import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.Optional;

/**
 * What happens to a request before the router sees it. The router and Netty answer some requests on their own —
 * a bad percent-escape in the path with a plain {@code Bad Request} and a stack trace in the log, a too-long line
 * or header with an empty 414/431 — and a NUL character or a bad escape in the query would only fail deep in a
 * handler (PostgreSQL refuses NUL). Here each of them gets the error envelope, one log line and no stack trace.
 */
public final class UnroutedRequests {

    private final ErrorHandler errors;
    private final Handler<HttpServerRequest> router;

    public UnroutedRequests(ErrorHandler errors, Handler<HttpServerRequest> router) {
        this.errors = errors;
        this.router = router;
    }

    /** The server's request handler: refuse what cannot be routed, pass the rest to the router. */
    public void handle(HttpServerRequest request) {
        Optional<String> problem = problem(request.uri(), request.headers());
        if (problem.isPresent()) {
            errors.renderUnrouted(request, ApiError.badRequest(problem.get()));
        } else {
            router.handle(request);
        }
    }

    /** For {@code HttpServer.invalidRequestHandler}: what Netty could not decode at all. */
    public void handleInvalid(HttpServerRequest request) {
        DecoderResult result = request.decoderResult();
        Throwable cause = result == null ? null : result.cause();
        String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        ApiError error;
        if (cause instanceof TooLongFrameException && message.startsWith("An HTTP line is larger than")) {
            error = new ApiError(414, "The request line is too long; send long values in a JSON body instead");
        } else if (cause instanceof TooLongFrameException && message.startsWith("HTTP header is larger than")) {
            error = new ApiError(431, "The request headers are too large");
        } else {
            error = ApiError.badRequest("The request is not valid HTTP");
        }
        // The connection's framing may be lost: say so, answer, and close it.
        request.response().putHeader("Connection", "close");
        request.response().endHandler(done -> request.connection().close());
        errors.renderUnrouted(request, error);
    }

    /** Why the request cannot be routed, or empty when it can. */
    static Optional<String> problem(String uri, Iterable<Map.Entry<String, String>> headers) {
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        Optional<String> pathProblem = escapeProblem(path, "path");
        if (pathProblem.isPresent()) {
            return pathProblem;
        }
        if (query >= 0) {
            Optional<String> queryProblem = escapeProblem(uri.substring(query + 1), "query string");
            if (queryProblem.isPresent()) {
                return queryProblem;
            }
        }
        for (Map.Entry<String, String> header : headers) {
            if (header.getValue().indexOf('\0') >= 0) {
                return Optional.of("Header '" + header.getKey() + "' contains a NUL character");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> escapeProblem(String text, String where) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of("The " + where + " contains a NUL character");
            }
            if (c != '%') {
                continue;
            }
            if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                return Optional.of("The " + where + " has a bad percent-escape at character " + (i + 1)
                        + "; a % must be followed by two hex digits (write %25 for a literal %)");
            }
            if (text.charAt(i + 1) == '0' && text.charAt(i + 2) == '0') {
                return Optional.of("The " + where + " contains a NUL character (%00)");
            }
        }
        return Optional.empty();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
