package org.preptable.gateway.kitchen.translation;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.stream.StreamSupport;

/** The texts of {@code dishes}: read before a translation, written (locked) after it. */
public final class TranslationRepository {

    private static final String COLUMNS = "id, name_da, description_da, name_en, description_en";

    /** The dishes that exist among {@code ids}, by id. */
    public List<DishText> find(SqlClient client, List<Long> ids) {
        return all(client.preparedQuery("SELECT " + COLUMNS + " FROM dishes WHERE id = ANY($1) ORDER BY id")
                .execute(ids(ids)).await());
    }

    /** The same, locked until the transaction ends (in id order, so two translations cannot deadlock). */
    public List<DishText> lock(SqlClient transaction, List<Long> ids) {
        return all(transaction.preparedQuery("SELECT " + COLUMNS + " FROM dishes WHERE id = ANY($1) ORDER BY id"
                        + " FOR UPDATE")
                .execute(ids(ids)).await());
    }

    public void writeEnglish(SqlClient transaction, DishText dish) {
        transaction.preparedQuery("UPDATE dishes SET name_en = $2, description_en = $3, updated_at = now()"
                        + " WHERE id = $1")
                .execute(Tuple.of(dish.id(), dish.nameEn(), dish.descriptionEn())).await();
    }

    private static Tuple ids(List<Long> ids) {
        return Tuple.tuple().addArrayOfLong(ids.toArray(Long[]::new));
    }

    private static List<DishText> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false)
                .map(row -> new DishText(row.getLong("id"), row.getString("name_da"), row.getString("description_da"),
                        row.getString("name_en"), row.getString("description_en")))
                .toList();
    }
}
