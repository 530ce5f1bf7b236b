package org.preptable.gateway.auth.throttle;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** SQL for {@code login_attempts}: one counter per (scope, key), read under a row lock, written back whole. */
final class LoginAttemptRepository {

    private static final String COLUMNS = "scope, key, failures, window_started, locked_until";

    /** Creates the missing counters (empty, window from now), so that all of them can be locked. */
    void ensure(SqlClient tx, List<LoginCounter.Key> keys, Instant now) {
        tx.preparedQuery("INSERT INTO login_attempts (scope, key, failures, window_started, forget_after)"
                        + " SELECT s, k, 0, $3, $3 FROM unnest($1::text[], $2::text[]) AS t(s, k)"
                        + " ON CONFLICT (scope, key) DO NOTHING")
                .execute(Tuple.tuple().addArrayOfString(scopes(keys)).addArrayOfString(names(keys)).addValue(time(now)))
                .await();
    }

    /** The counters, locked until the transaction ends; always in (scope, key) order, so two logins cannot deadlock. */
    List<LoginCounter> lock(SqlClient tx, List<LoginCounter.Key> keys) {
        var rows = tx.preparedQuery("SELECT " + COLUMNS + " FROM login_attempts"
                        + " WHERE (scope, key) IN (SELECT * FROM unnest($1::text[], $2::text[]))"
                        + " ORDER BY scope, key FOR UPDATE")
                .execute(Tuple.tuple().addArrayOfString(scopes(keys)).addArrayOfString(names(keys))).await();
        List<LoginCounter> counters = new ArrayList<>();
        rows.forEach(row -> counters.add(map(row)));
        return counters;
    }

    void save(SqlClient tx, LoginCounter counter, Instant forgetAfter) {
        tx.preparedQuery("UPDATE login_attempts SET failures = $3, window_started = $4, locked_until = $5,"
                        + " forget_after = $6 WHERE scope = $1 AND key = $2")
                .execute(Tuple.from(new Object[] {counter.key().scope().stored(), counter.key().name(),
                        counter.failures(), time(counter.windowStarted()), time(counter.lockedUntil()),
                        time(forgetAfter)}))
                .await();
    }

    void delete(SqlClient tx, LoginCounter.Key key) {
        tx.preparedQuery("DELETE FROM login_attempts WHERE scope = $1 AND key = $2")
                .execute(Tuple.of(key.scope().stored(), key.name())).await();
    }

    /** Deletes counters whose window and lock are over; not awaited, so it can run beside a login. */
    Future<Integer> purge(SqlClient client, Instant now) {
        return client.preparedQuery("DELETE FROM login_attempts WHERE forget_after < $1")
                .execute(Tuple.of(time(now))).map(rows -> rows.rowCount());
    }

    private static LoginCounter map(Row row) {
        OffsetDateTime locked = row.getOffsetDateTime("locked_until");
        return new LoginCounter(new LoginCounter.Key(LoginCounter.Scope.fromStored(row.getString("scope")),
                row.getString("key")), row.getInteger("failures"),
                row.getOffsetDateTime("window_started").toInstant(), locked == null ? null : locked.toInstant());
    }

    private static String[] scopes(List<LoginCounter.Key> keys) {
        return keys.stream().map(key -> key.scope().stored()).toArray(String[]::new);
    }

    private static String[] names(List<LoginCounter.Key> keys) {
        return keys.stream().map(LoginCounter.Key::name).toArray(String[]::new);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
