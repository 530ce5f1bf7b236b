package org.preptable.model.saavor;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A Saavor POS webhook body (DESIGN.md §3). An order may carry {@code "priority": "rush"} (absent or {@code normal}
 * otherwise). {@code type} is {@code order.created}, {@code order.updated},
 * {@code order.voided} or {@code order.fulfilled}; {@code storeRef} names the location.
 */
public record SaavorEvent(
        @JsonProperty("event_id") String eventId,
        @JsonProperty("type") String type,
        @JsonProperty("occurred_at") Instant occurredAt,
        @JsonProperty("store_ref") String storeRef,
        @JsonProperty("order") Order order) {

    public record Order(
            @JsonProperty("id") String id,
            @JsonProperty("number") String number,
            @JsonProperty("channel") String channel,
            @JsonProperty("customer_name") String customerName,
            @JsonProperty("placed_at") Instant placedAt,
            @JsonProperty("lines") List<Line> lines,
            @JsonProperty("priority") String priority) {

        /** An order without a priority: normal. */
        public Order(String id, String number, String channel, String customerName, Instant placedAt,
                     List<Line> lines) {
            this(id, number, channel, customerName, placedAt, lines, null);
        }
    }

    public record Line(
            @JsonProperty("line_id") String lineId,
            @JsonProperty("item_code") String itemCode,
            @JsonProperty("name") String name,
            @JsonProperty("quantity") Integer quantity,
            @JsonProperty("modifiers") List<String> modifiers,
            @JsonProperty("notes") String notes) {
    }
}
