package org.preptable.gateway.kitchen.allergens;

import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kitchen.KitchenText;

/**
 * Allergen rules (reference §4.4): Danish name, English name and display number each unique, checked in that
 * order. Every change runs in one transaction with its audit row.
 */
public final class AllergenService {

    public static final String ENTITY = "allergens";

    private final Db db;
    private final AllergenRepository allergens;

    public AllergenService(Db db, AllergenRepository allergens) {
        this.db = db;
        this.allergens = allergens;
    }

    public List<Allergen> list() {
        return allergens.list(db.pool());
    }

    public List<Allergen> search(String raw) {
        // trim() also drops control characters, which isBlank() does not count as blank: a query of only those
        // would otherwise search for "" and match every allergen.
        String query = raw == null ? "" : raw.trim();
        if (query.isBlank()) {
            throw ApiError.badRequest("Path parameter 'query' is required");
        }
        return allergens.search(db.pool(), query);
    }

    public Allergen get(long id) {
        return find(db.pool(), id);
    }

    public Allergen create(AllergenInput raw, AuditActor actor) {
        AllergenInput input = raw.validated();
        return db.tx(tx -> {
            requireUnique(tx, input, null);
            Allergen created = allergens.insert(tx, input);
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, created.id(), created.fields()));
            return created;
        });
    }

    /** Inserts the EU-14 into an empty table; refuses (400) if any allergen exists, as the reference does. */
    public List<Allergen> seed(AuditActor actor) {
        return db.tx(tx -> {
            allergens.lockAgainstWrites(tx);
            if (allergens.any(tx)) {
                throw ApiError.badRequest("EU allergens already seeded");
            }
            List<Allergen> created = new ArrayList<>();
            for (AllergenInput allergen : EuAllergens.ALL) {
                Allergen row = allergens.insert(tx, allergen);
                AuditLog.record(tx, actor, AuditEvent.create(ENTITY, row.id(), row.fields()));
                created.add(row);
            }
            return created;
        });
    }

    public Allergen update(long id, AllergenInput raw, AuditActor actor) {
        AllergenInput input = raw.validated();
        return db.tx(tx -> {
            // Locked: read with find, a delete between the read and the update left nothing to update (a 500).
            Allergen before = allergens.lock(tx, id)
                    .orElseThrow(() -> ApiError.notFound("Allergen with ID " + id + " was not found."));
            requireUnique(tx, input, id);
            Allergen after = allergens.update(tx, id, input);
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            return after;
        });
    }

    /**
     * Deletes an allergen nothing carries; one that dishes or suggestions carry is a 409 saying so (the reference
     * answered 400).
     */
    public void delete(long id, AuditActor actor) {
        db.tx(tx -> {
            Allergen before = allergens.lock(tx, id)
                    .orElseThrow(() -> ApiError.notFound("Allergen with ID " + id + " was not found."));
            String referenced = KitchenText.counted(allergens.references(tx, id));
            if (!referenced.isEmpty()) {
                throw ApiError.conflict("Cannot delete allergen, it is on " + referenced);
            }
            allergens.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            return null;
        });
    }

    private void requireUnique(SqlClient tx, AllergenInput input, Long except) {
        if (allergens.danishNameTaken(tx, input.nameDA(), except)) {
            throw ApiError.conflict("Allergen with Danish name '" + input.nameDA() + "' already exists");
        }
        if (allergens.englishNameTaken(tx, input.nameEN(), except)) {
            throw ApiError.conflict("Allergen with English name '" + input.nameEN() + "' already exists");
        }
        if (allergens.displayNumberTaken(tx, input.displayNumber(), except)) {
            throw ApiError.conflict("Display number already in use");
        }
    }

    private Allergen find(SqlClient client, long id) {
        return allergens.find(client, id)
                .orElseThrow(() -> ApiError.notFound("Allergen with ID " + id + " was not found."));
    }
}
