package org.preptable.gateway.users;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.gateway.auth.Role;

/** SQL for {@code users} and {@code user_locations}. Callers pass a pool for reads or a transaction for writes. */
public final class UserRepository {

    /** A user row {@code u} with its station's name, which the kitchen-planning view shows. */
    private static final String COLUMNS = "u.id, u.number, u.first_name, u.last_name, u.email, u.password_hash,"
            + " u.role, u.status, u.created_at, u.updated_at, u.station_id, s.name AS station_name";
    private static final String STATION = " LEFT JOIN stations s ON s.id = u.station_id";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM users u" + STATION;

    public Optional<User> findById(SqlClient client, UUID id) {
        return one(client.preparedQuery(SELECT + " WHERE u.id = $1").execute(Tuple.of(id)).await());
    }

    public Optional<User> findByNumber(SqlClient client, long number) {
        return one(client.preparedQuery(SELECT + " WHERE u.number = $1").execute(Tuple.of(number)).await());
    }

    public Optional<User> findByEmail(SqlClient client, String email) {
        return one(client.preparedQuery(SELECT + " WHERE lower(u.email) = lower($1)")
                .execute(Tuple.of(email)).await());
    }

    public List<User> listPeople(SqlClient client) {
        return people(client, "", Tuple.tuple());
    }

    public List<User> listPeopleAtStation(SqlClient client, long stationId) {
        return people(client, " AND u.station_id = $1", Tuple.of(stationId));
    }

    public boolean stationExists(SqlClient client, long stationId) {
        return client.preparedQuery("SELECT 1 FROM stations WHERE id = $1").execute(Tuple.of(stationId)).await()
                .rowCount() > 0;
    }

    public User insert(SqlClient client, String firstName, String lastName, String email, String passwordHash,
                       Role role) {
        return one(client.preparedQuery(returning("INSERT INTO users (first_name, last_name, email, password_hash,"
                        + " role) VALUES ($1, $2, $3, $4, $5)"))
                .execute(Tuple.of(firstName, lastName, email, passwordHash, role.opsName())).await()).orElseThrow();
    }

    /**
     * A passkey user: no password hash, and the id fixed in advance, because the registration ceremony already gave
     * it to the authenticator as the passkey's user handle.
     */
    public User insertPasskeyUser(SqlClient client, UUID id, String firstName, String lastName, String email,
                                  Role role) {
        return one(client.preparedQuery(returning("INSERT INTO users (id, first_name, last_name, email, role)"
                        + " VALUES ($1, $2, $3, $4, $5)"))
                .execute(Tuple.of(id, firstName, lastName, email, role.opsName())).await()).orElseThrow();
    }

    /** Names and station together: {@code PUT /users/{id}} replaces all three; a null station means none. */
    public User updateProfile(SqlClient client, UUID id, String firstName, String lastName, Long stationId) {
        return update(client, "first_name = $2, last_name = $3, station_id = $4",
                Tuple.of(id, firstName, lastName, stationId));
    }

    public User updateStation(SqlClient client, UUID id, long stationId) {
        return update(client, "station_id = $2", Tuple.of(id, stationId));
    }

    public User updateRole(SqlClient client, UUID id, Role role) {
        return update(client, "role = $2", Tuple.of(id, role.opsName()));
    }

    public User updateEmail(SqlClient client, UUID id, String email) {
        return update(client, "email = $2", Tuple.of(id, email));
    }

    public User updatePasswordHash(SqlClient client, UUID id, String passwordHash) {
        return update(client, "password_hash = $2", Tuple.of(id, passwordHash));
    }

    public void delete(SqlClient client, UUID id) {
        client.preparedQuery("DELETE FROM users WHERE id = $1").execute(Tuple.of(id)).await();
    }

    /**
     * Locks and counts the active admins, so two concurrent demotions cannot both see "another admin remains".
     */
    public int lockActiveAdmins(SqlClient transaction) {
        return transaction.preparedQuery("SELECT id FROM users WHERE role = 'admin' AND status = 'active' FOR UPDATE")
                .execute().await().rowCount();
    }

    public boolean anyActiveAdmin(SqlClient client) {
        return client.preparedQuery("SELECT 1 FROM users WHERE role = 'admin' AND status = 'active' LIMIT 1")
                .execute().await().rowCount() > 0;
    }

    public List<UUID> locationIds(SqlClient client, UUID userId) {
        RowSet<Row> rows = client.preparedQuery(
                        "SELECT location_id FROM user_locations WHERE user_id = $1 ORDER BY location_id")
                .execute(Tuple.of(userId)).await();
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.getUUID("location_id")).toList();
    }

    /** The ids among {@code wanted} that name no location. */
    public List<UUID> unknownLocations(SqlClient client, List<UUID> wanted) {
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT w.id FROM unnest($1::uuid[]) AS w(id)
                        WHERE NOT EXISTS (SELECT 1 FROM locations l WHERE l.id = w.id)""")
                .execute(Tuple.tuple().addArrayOfUUID(wanted.toArray(UUID[]::new))).await();
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.getUUID("id")).toList();
    }

    public void replaceLocations(SqlClient transaction, UUID userId, List<UUID> locationIds) {
        transaction.preparedQuery("DELETE FROM user_locations WHERE user_id = $1").execute(Tuple.of(userId)).await();
        transaction.preparedQuery("""
                        INSERT INTO user_locations (user_id, location_id)
                        SELECT $1, id FROM unnest($2::uuid[]) AS ids(id) ON CONFLICT DO NOTHING""")
                .execute(Tuple.tuple().addUUID(userId).addArrayOfUUID(locationIds.toArray(UUID[]::new))).await();
    }

    /** People, not kiosk service accounts, sorted by first name as the reference lists them. */
    private static List<User> people(SqlClient client, String condition, Tuple arguments) {
        return all(client.preparedQuery(SELECT + " WHERE u.role <> 'kiosk'" + condition
                + " ORDER BY lower(u.first_name), lower(u.last_name), u.number").execute(arguments).await());
    }

    private User update(SqlClient client, String assignments, Tuple arguments) {
        return one(client.preparedQuery(returning("UPDATE users SET " + assignments + ", updated_at = now()"
                + " WHERE id = $1")).execute(arguments).await()).orElseThrow();
    }

    /** A write's changed rows read back with their station: RETURNING alone cannot join. */
    private static String returning(String write) {
        return "WITH u AS (" + write + " RETURNING *) SELECT " + COLUMNS + " FROM u" + STATION;
    }

    private static Optional<User> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<User> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(UserRepository::map).toList();
    }

    private static User map(Row row) {
        return new User(row.getUUID("id"), row.getLong("number"), row.getString("first_name"),
                row.getString("last_name"), row.getString("email"), row.getString("password_hash"),
                Role.fromStored(row.getString("role")), row.getString("status"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant(),
                row.getLong("station_id"), row.getString("station_name"));
    }
}
