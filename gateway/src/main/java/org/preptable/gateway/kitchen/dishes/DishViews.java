package org.preptable.gateway.kitchen.dishes;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.vertx.sqlclient.Row;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.preptable.model.Json;
import org.preptable.model.WireTime;

/**
 * {@code GET /dishes} written from {@link DishRepository}'s rows straight into the body (issue 23): 200 dishes used to
 * become 200 records with allergen records, then nested maps, then JSON. The fields are {@link Dish#view()}'s, in its
 * order and forms; the large-reads test compares the bytes with that view.
 */
final class DishViews {

    private DishViews() {
    }

    static void list(JsonGenerator json, List<Row> rows) throws IOException {
        json.writeStartArray();
        for (Row row : rows) {
            dish(json, row);
        }
        json.writeEndArray();
    }

    private static void dish(JsonGenerator json, Row row) throws IOException {
        String nameEn = row.getString("name_en");
        String descriptionEn = row.getString("description_en");
        json.writeStartObject();
        json.writeNumberField("id", row.getLong("id"));
        json.writeStringField("nameDA", row.getString("name_da"));
        json.writeStringField("nameEN", nameEn);
        json.writeStringField("descriptionDA", row.getString("description_da"));
        json.writeStringField("descriptionEN", descriptionEn);
        json.writeObjectFieldStart("station");
        json.writeNumberField("id", row.getLong("station_id"));
        json.writeStringField("name", row.getString("station_name"));
        json.writeEndObject();
        json.writeObjectFieldStart("createdBy");
        json.writeNumberField("id", row.getLong("creator_number"));
        json.writeStringField("firstName", row.getString("creator_first_name"));
        json.writeStringField("lastName", row.getString("creator_last_name"));
        json.writeEndObject();
        json.writeFieldName("allergens");
        allergens(json, row.getString("allergens"));
        json.writeBooleanField("active", row.getBoolean("active"));
        json.writeNumberField("originWeek", row.getInteger("origin_week"));
        json.writeNumberField("originYear", row.getInteger("origin_year"));
        json.writeBooleanField("hasTranslations", Dish.translated(nameEn, descriptionEn));
        json.writeStringField("createdAt", kitchenTime(row.getOffsetDateTime("created_at")));
        json.writeStringField("updatedAt", kitchenTime(row.getOffsetDateTime("updated_at")));
        json.writeEndObject();
    }

    /**
     * The SQL builds each allergen as {@code {id, nameDA, nameEN, displayNumber}}, the view's own order, so its JSON
     * text is copied token by token: the generator re-escapes the strings and drops PostgreSQL's spaces.
     */
    private static void allergens(JsonGenerator json, String text) throws IOException {
        try (JsonParser parser = Json.MAPPER.createParser(text)) {
            parser.nextToken();
            json.copyCurrentStructure(parser);
        }
    }

    private static String kitchenTime(OffsetDateTime time) {
        return time == null ? null : WireTime.kitchen(time.toInstant(), ZoneId.systemDefault());
    }
}
