package org.preptable.gateway.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.preptable.gateway.contract.ContractFixtures.Caller;
import org.preptable.gateway.testing.ContractShapes.Operation;
import org.preptable.model.Json;

/**
 * Builds a concrete request for a contract operation from the fixtures: path parameters by name, the location
 * scope parameter inside or outside the caller's scope, the owner parameter as the caller's own id.
 */
final class OperationCalls {

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private final ContractFixtures fixtures;

    OperationCalls(ContractFixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** Whether calling it as an admitted role could end a session or change what the fixtures rely on. */
    static boolean unsettling(Operation op) {
        boolean bodiless = op.node().path("requestBody").isMissingNode();
        return !op.method().equals("GET") && bodiless;
    }

    /** The operation's location-scope rule, or a missing node. */
    static JsonNode scope(Operation op) {
        return op.node().path("x-preptable-location-scope");
    }

    /**
     * The path to call. {@code outside}: the scope parameter names the location (or its store, order) outside the
     * caller's scope. Operations that change state without a body get ids of nothing, so they cannot delete fixtures.
     */
    String path(Operation op, Caller caller, boolean outside) {
        String from = scope(op).path("from").asText("");
        boolean harmless = unsettling(op) && !outside; // outside the scope the answer must be 403, so real ids
        StringBuilder path = new StringBuilder();
        Matcher matcher = PARAM.matcher(op.path());
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean out = outside && (from.equals(name) || name.equals("orderId") && from.equals("locationId"));
            matcher.appendReplacement(path, Matcher.quoteReplacement(value(op, name, caller, out, harmless)));
        }
        matcher.appendTail(path);
        if (from.equals("location_id")) {
            path.append("?location_id=").append(outside ? fixtures.outside : fixtures.inside);
        }
        return path.toString();
    }

    private String value(Operation op, String name, Caller caller, boolean outside, boolean harmless) {
        if (name.equals(op.node().path("x-preptable-owner").asText(null)) && fixtures.user(caller) != null) {
            return op.path().startsWith("/api/v1/admin/") ? fixtures.user(caller).id().toString()
                    : Long.toString(fixtures.user(caller).number());
        }
        return switch (name) {
            case "locationId" -> harmless ? UUID.randomUUID().toString()
                    : (outside ? fixtures.outside : fixtures.inside).toString();
            case "storeId" -> harmless ? UUID.randomUUID().toString()
                    : (outside ? fixtures.outsideStore : fixtures.insideStore).toString();
            case "orderId" -> (outside ? fixtures.outsideOrder : fixtures.insideOrder).toString();
            case "itemId" -> harmless ? UUID.randomUUID().toString() : fixtures.item.toString();
            case "menuId" -> harmless ? UUID.randomUUID().toString() : fixtures.menu.toString();
            case "daypartId" -> harmless ? UUID.randomUUID().toString()
                    : (outside ? fixtures.outsideDaypart : fixtures.insideDaypart).toString();
            case "placementId" -> harmless ? UUID.randomUUID().toString()
                    : (outside ? fixtures.outsidePlacement : fixtures.insidePlacement).toString();
            case "vendorId" -> harmless ? UUID.randomUUID().toString() : fixtures.vendor.toString();
            case "poId" -> harmless ? UUID.randomUUID().toString()
                    : (outside ? fixtures.outsidePurchaseOrder : fixtures.insidePurchaseOrder).toString();
            case "payloadId", "mealId", "invitationId", "sessionId" -> UUID.randomUUID().toString();
            case "id", "stationId" -> "987654";
            case "name" -> "matrix-screen"; // a kitchen screen's name (PUT/DELETE /locations/{id}/screens/{name})
            default -> "matrix";
        };
    }

    /**
     * The body for a call. Admitted callers send {@code {}}: refused as a 400 after the role gate, it changes
     * nothing. A scope check needs a body that passes validation, so it sends the contract's example with the
     * scope field pointing outside.
     */
    String body(Operation op, boolean validForScope) {
        JsonNode media = op.node().path("requestBody").path("content").path("application/json");
        if (media.isMissingNode()) {
            return null;
        }
        if (!validForScope) {
            return "{}";
        }
        ObjectNode example = media.path("example").deepCopy();
        String from = scope(op).path("from").asText("");
        if (from.startsWith("body.")) {
            String field = from.substring("body.".length());
            example.put(field, field.equals("order_id") ? fixtures.outsideOrder.toString()
                    : field.equals("store_id") ? fixtures.outsideStore.toString() : fixtures.outside.toString());
        }
        return Json.write(example);
    }
}
