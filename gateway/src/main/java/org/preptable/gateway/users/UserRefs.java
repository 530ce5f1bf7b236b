package org.preptable.gateway.users;

import io.vertx.sqlclient.SqlClient;
import java.util.Optional;
import java.util.UUID;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Params;

/** A user id from a path: the UUID (operations dialect) or the positive number (kitchen planning). */
sealed interface UserRefs {

    Optional<User> find(UserRepository users, SqlClient client);

    record ByUuid(UUID id) implements UserRefs {
        public Optional<User> find(UserRepository users, SqlClient client) {
            return users.findById(client, id);
        }
    }

    record ByNumber(long number) implements UserRefs {
        public Optional<User> find(UserRepository users, SqlClient client) {
            return users.findByNumber(client, number);
        }
    }

    static UserRefs parse(String ref) {
        if (ref != null && ref.matches("\\d{1,18}") && Long.parseLong(ref) > 0) {
            return new ByNumber(Long.parseLong(ref));
        }
        return Params.parseUuid(ref).<UserRefs>map(ByUuid::new).orElseThrow(() ->
                ApiError.badRequest("Invalid ID: must be a positive number or a UUID, got: " + ref));
    }
}
