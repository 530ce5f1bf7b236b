package org.preptable.gateway.ops.vendors;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.ops.inventory.Quantities;
import org.preptable.model.WireTime;

/** One line of a vendor's price list: one pack of {@code packSize} item units for {@code priceCents}. */
public record VendorItem(UUID vendorId, String vendorName, UUID itemId, String itemName, String itemSku, String unit,
                         String vendorSku, long priceCents, BigDecimal packSize, boolean preferred,
                         Instant updatedAt) {

    /** The price of one item unit: {@code price_cents / pack_size}, rounded half up to whole cents. */
    public long unitCostCents() {
        return unitCost(priceCents, packSize);
    }

    public static long unitCost(long priceCents, BigDecimal packSize) {
        return BigDecimal.valueOf(priceCents).divide(packSize, 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** What the audit log keeps: the row's own columns. */
    public Map<String, Object> fields() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("vendor_id", vendorId.toString());
        row.put("item_id", itemId.toString());
        row.put("vendor_sku", vendorSku);
        row.put("price_cents", priceCents);
        row.put("pack_size", Quantities.shown(packSize));
        row.put("preferred", preferred);
        return row;
    }

    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("vendor_id", vendorId.toString());
        view.put("vendor_name", vendorName);
        view.put("item_id", itemId.toString());
        view.put("item_name", itemName);
        view.put("item_sku", itemSku);
        view.put("unit", unit);
        view.put("vendor_sku", vendorSku);
        view.put("price_cents", priceCents);
        view.put("pack_size", Quantities.shown(packSize));
        view.put("unit_cost_cents", unitCostCents());
        view.put("preferred", preferred);
        view.put("updated_at", WireTime.rfc3339(updatedAt));
        return view;
    }
}
