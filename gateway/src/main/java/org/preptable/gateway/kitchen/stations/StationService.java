package org.preptable.gateway.kitchen.stations;

import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenText;

/**
 * Station rules (reference §4.3): names unique by whole name in any case, no deletion while people are assigned,
 * and the POS item codes each station prepares, each code at one station at most. Every change runs in one
 * transaction with its audit row.
 */
public final class StationService {

    public static final String ENTITY = "stations";
    private static final String ITEM_CODES_ENTITY = "station_item_codes";

    /** Checked before upper-casing, so only ASCII passes: {@code "ß".toUpperCase()} would otherwise become SS. */
    private static final Pattern ITEM_CODE = Pattern.compile("(?i)[A-Z0-9][A-Z0-9_-]{0,31}");

    private final Db db;
    private final StationRepository stations;

    public StationService(Db db, StationRepository stations) {
        this.db = db;
        this.stations = stations;
    }

    public List<Station> list() {
        return stations.list(db.pool());
    }

    public List<StationStats> stats() {
        return stations.stats(db.pool());
    }

    public Station get(long id) {
        return find(db.pool(), id);
    }

    /** Search by name: a whole-name match wins, otherwise the first station whose name contains the text. */
    public Station findByName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiError.badRequest("Path parameter 'name' is required");
        }
        String query = raw.trim();
        if (query.length() < 2 || query.length() > 100) {
            throw ApiError.badRequest("Search query length must be between 2 and 100, got: " + query.length());
        }
        return stations.findByName(db.pool(), query)
                .orElseThrow(() -> ApiError.notFound("Station not found: " + query));
    }

    public Station create(StationInput raw, AuditActor actor) {
        StationInput input = raw.validated();
        return db.tx(tx -> {
            requireUniqueName(tx, input.name(), null);
            Station created = stations.insert(tx, input);
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, created.id(), created.fields()));
            return created;
        });
    }

    public Station update(long id, StationInput raw, AuditActor actor) {
        StationInput input = raw.validated();
        return db.tx(tx -> {
            // Locked: read with find, a delete between the read and the update left nothing to update (a 500).
            Station before = stations.lock(tx, id).orElseThrow(() -> notFound(id));
            requireUniqueName(tx, input.name(), id);
            Station after = stations.update(tx, id, input);
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            return after;
        });
    }

    /**
     * Deletes a station nobody works at and nothing points at, with its item codes; otherwise a 409 that says what
     * still uses it (people, dishes, suggestions, menu slots).
     */
    public void delete(long id, AuditActor actor) {
        db.tx(tx -> {
            Station before = stations.lock(tx, id).orElseThrow(() -> notFound(id));
            long people = stations.userCount(tx, id);
            if (people > 0) {
                throw ApiError.conflict("Cannot delete station, " + people + " user(s) are assigned to it");
            }
            String referenced = KitchenText.counted(stations.references(tx, id));
            if (!referenced.isEmpty()) {
                throw ApiError.conflict("Cannot delete station, it is used by " + referenced);
            }
            Map<String, Object> prior = before.fields();
            prior.put("item_codes", stations.itemCodes(tx, id));
            stations.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, prior));
            return null;
        });
    }

    public List<String> itemCodes(long id) {
        find(db.pool(), id);
        return stations.itemCodes(db.pool(), id);
    }

    /**
     * Replaces the station's item codes with {@code raw} (trimmed, upper-cased, duplicates dropped, sorted). A
     * code another station prepares is a 409 naming both, and nothing changes.
     */
    public List<String> replaceItemCodes(long id, List<String> raw, AuditActor actor) {
        List<String> codes = normalizeItemCodes(raw);
        return db.tx(tx -> {
            stations.lock(tx, id).orElseThrow(() -> notFound(id));
            stations.takenElsewhere(tx, id, codes).ifPresent(taken -> {
                throw ApiError.conflict("Item code '" + taken.itemCode() + "' is already routed to station '"
                        + taken.stationName() + "' (ID " + taken.stationId() + ")");
            });
            List<String> before = stations.itemCodes(tx, id);
            stations.replaceItemCodes(tx, id, codes);
            AuditLog.record(tx, actor, AuditEvent.update(ITEM_CODES_ENTITY, id, Map.of("item_codes", before),
                    Map.of("item_codes", codes)));
            return codes;
        });
    }

    private static List<String> normalizeItemCodes(List<String> raw) {
        if (raw == null) {
            throw ApiError.badRequest("Item codes cannot be null.");
        }
        TreeSet<String> codes = new TreeSet<>();
        for (String code : raw) {
            String trimmed = code == null ? "" : code.trim();
            if (!ITEM_CODE.matcher(trimmed).matches()) {
                throw ApiError.badRequest("Invalid item code '" + code + "': use 1 to 32 letters, digits, '-' or"
                        + " '_', starting with a letter or digit");
            }
            codes.add(trimmed.toUpperCase(Locale.ROOT));
        }
        return List.copyOf(codes);
    }

    private void requireUniqueName(SqlClient tx, String name, Long except) {
        if (stations.nameTaken(tx, name, except)) {
            throw ApiError.conflict("Station with name '" + name + "' already exists");
        }
    }

    private Station find(SqlClient client, long id) {
        return stations.find(client, id).orElseThrow(() -> notFound(id));
    }

    private static ApiError notFound(long id) {
        return ApiError.notFound("Station with ID " + id + " was not found.");
    }
}
