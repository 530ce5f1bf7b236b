package org.preptable.gateway.ops.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.http.Views;
import org.preptable.gateway.ops.inventory.Quantities;
import org.preptable.model.WireTime;

/** A purchase order to one vendor for one location, with its lines as they were priced when written. */
public record PurchaseOrder(UUID id, long number, UUID locationId, UUID vendorId, String vendorName, UUID storeId,
                            String status, String notes, LocalDate expectedOn, List<Line> lines, Instant submittedAt,
                            Instant receivedAt, Instant cancelledAt, Instant createdAt, Instant updatedAt) {

    public static final List<String> STATUSES = List.of("draft", "submitted", "received", "cancelled");

    /** One line: {@code quantity} item units, bought in packs of {@code packSize} at {@code packPriceCents}. */
    public record Line(UUID itemId, String itemName, String itemSku, String unit, BigDecimal quantity,
                       BigDecimal packSize, long packPriceCents) {

        /** How many packs; a fraction when the quantity is not a whole number of packs. */
        public BigDecimal packs() {
            return quantity.divide(packSize, 3, RoundingMode.HALF_UP);
        }

        /** {@code quantity / pack_size × pack_price_cents}, computed exactly and rounded once, half up. */
        public long totalCents() {
            return totalCents(quantity, packSize, packPriceCents).longValueExact();
        }

        static BigDecimal totalCents(BigDecimal quantity, BigDecimal packSize, long packPriceCents) {
            return quantity.multiply(BigDecimal.valueOf(packPriceCents)).divide(packSize, 0, RoundingMode.HALF_UP);
        }

        Map<String, Object> fields() {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("item_id", itemId.toString());
            row.put("quantity", Quantities.shown(quantity));
            row.put("pack_size", Quantities.shown(packSize));
            row.put("pack_price_cents", packPriceCents);
            return row;
        }

        Map<String, Object> view() {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("item_id", itemId.toString());
            row.put("item_name", itemName);
            row.put("item_sku", itemSku);
            row.put("unit", unit);
            row.put("quantity", Quantities.shown(quantity));
            row.put("pack_size", Quantities.shown(packSize));
            row.put("packs", Quantities.shown(packs()));
            row.put("pack_price_cents", packPriceCents);
            row.put("line_total_cents", totalCents());
            return row;
        }
    }

    /** The sum of the line totals (each already rounded to whole cents). */
    public long totalCents() {
        return lines.stream().mapToLong(Line::totalCents).sum();
    }

    public PurchaseOrder withLines(List<Line> newLines) {
        return new PurchaseOrder(id, number, locationId, vendorId, vendorName, storeId, status, notes, expectedOn,
                newLines, submittedAt, receivedAt, cancelledAt, createdAt, updatedAt);
    }

    /** What the audit log keeps: the columns a write may change and the lines as priced. */
    public Map<String, Object> fields() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id.toString());
        row.put("number", number);
        row.put("location_id", locationId.toString());
        row.put("vendor_id", vendorId.toString());
        row.put("store_id", storeId == null ? null : storeId.toString());
        row.put("status", status);
        row.put("notes", notes);
        row.put("expected_on", expectedOn == null ? null : expectedOn.toString());
        row.put("lines", lines.stream().map(Line::fields).toList());
        return row;
    }

    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id.toString());
        view.put("number", number);
        view.put("location_id", locationId.toString());
        view.put("vendor_id", vendorId.toString());
        view.put("vendor_name", vendorName);
        view.put("store_id", storeId == null ? null : storeId.toString());
        view.put("status", status);
        view.put("notes", notes);
        view.put("expected_on", expectedOn == null ? null : expectedOn.toString());
        view.put("lines", lines.stream().map(Line::view).toList());
        view.put("total_cents", totalCents());
        view.put("submitted_at", time(submittedAt));
        view.put("received_at", time(receivedAt));
        view.put("cancelled_at", time(cancelledAt));
        return Views.withTimestamps(view, createdAt, updatedAt);
    }

    private static String time(Instant instant) {
        return instant == null ? null : WireTime.rfc3339(instant);
    }
}
