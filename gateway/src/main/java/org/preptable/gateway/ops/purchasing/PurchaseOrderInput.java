package org.preptable.gateway.ops.purchasing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.ops.inventory.Quantities;

/**
 * The body of create and update (a full replacement): {@code {location_id, vendor_id, store_id?, notes?,
 * expected_on?, lines: [{item_id, quantity}]}}. Pack sizes and prices are not taken from the client: they are
 * copied from the vendor's price list.
 */
public record PurchaseOrderInput(@JsonProperty("location_id") String locationId,
                                 @JsonProperty("vendor_id") String vendorId,
                                 @JsonProperty("store_id") String storeId,
                                 @JsonProperty("notes") String notes,
                                 @JsonProperty("expected_on") String expectedOn,
                                 @JsonProperty("lines") List<LineInput> lines) {

    static final int MAX_LINES = 500;

    public record LineInput(@JsonProperty("item_id") String itemId, @JsonProperty("quantity") BigDecimal quantity) {
    }

    /** A checked body. */
    public record Draft(UUID locationId, UUID vendorId, UUID storeId, String notes, LocalDate expectedOn,
                        List<DraftLine> lines) {
    }

    public record DraftLine(UUID itemId, BigDecimal quantity) {
    }

    public Draft validated() {
        UUID location = required(locationId, "location_id");
        UUID vendor = required(vendorId, "vendor_id");
        UUID store = optionalUuid(storeId, "store_id");
        if (lines == null || lines.isEmpty()) {
            throw ApiError.badRequest("lines is required: at least one {item_id, quantity}");
        }
        if (lines.size() > MAX_LINES) {
            throw ApiError.badRequest("lines may hold at most " + MAX_LINES + " lines, got: " + lines.size());
        }
        List<DraftLine> checked = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            LineInput line = lines.get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                throw ApiError.badRequest(at + " must be an object {item_id, quantity}");
            }
            UUID item = required(line.itemId(), at + ".item_id");
            BigDecimal quantity = Quantities.of(line.quantity(), at + ".quantity");
            if (quantity.signum() <= 0) {
                throw ApiError.badRequest(at + ".quantity must be greater than 0, got: " + quantity.toPlainString());
            }
            if (!seen.add(item)) {
                throw ApiError.badRequest(at + " repeats item " + item + "; give each item one line");
            }
            checked.add(new DraftLine(item, quantity));
        }
        return new Draft(location, vendor, store, notes(notes), date(expectedOn), List.copyOf(checked));
    }

    static UUID required(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw ApiError.badRequest(field + " is required");
        }
        return optionalUuid(raw, field);
    }

    static UUID optionalUuid(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Params.parseUuid(raw.trim())
                .orElseThrow(() -> ApiError.badRequest(field + " must be a UUID, got: " + raw));
    }

    private static String notes(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String trimmed = raw.trim();
        if (trimmed.length() > 2000) {
            throw ApiError.badRequest("notes must be at most 2000 characters");
        }
        return trimmed;
    }

    /** {@code yyyy-MM-dd}, years 1 to 9999 (what PostgreSQL's date and the contract's format both take). */
    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.trim();
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() >= 1) {
                    return date;
                }
            }
        } catch (DateTimeParseException ignored) {
            // reported below
        }
        throw ApiError.badRequest("expected_on must be a date such as 2026-06-15, got: " + raw);
    }
}
