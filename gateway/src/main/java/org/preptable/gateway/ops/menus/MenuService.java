package org.preptable.gateway.ops.menus;

import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;

/**
 * Tenant-global menus (admin writes; seed 002: a campus manager must not edit a menu other campuses depend on).
 * A menu's name and description are not part of the current menu's answer, so changing them sends no event.
 */
public final class MenuService {

    public static final String ENTITY = "menus";

    private final Db db;
    private final MenuRepository menus;

    public MenuService(Db db, MenuRepository menus) {
        this.db = db;
        this.menus = menus;
    }

    public List<Menu> list() {
        return menus.list(db.pool());
    }

    public Menu get(UUID id) {
        return find(db.pool(), id);
    }

    public Menu find(SqlClient client, UUID id) {
        return menus.find(client, id).orElseThrow(() -> notFound(id));
    }

    public Menu create(MenuInput raw, AuditActor actor) {
        MenuInput input = raw.validated();
        return db.tx(tx -> {
            requireFreeName(tx, input.name(), null);
            Menu created = menus.insert(tx, input);
            AuditLog.record(tx, actor, AuditEvent.create(ENTITY, created.id(), created.fields()));
            return created;
        });
    }

    public Menu update(UUID id, MenuInput raw, AuditActor actor) {
        MenuInput input = raw.validated();
        return db.tx(tx -> {
            Menu before = find(tx, id);
            requireFreeName(tx, input.name(), id);
            Menu after = menus.update(tx, id, input);
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, before.fields(), after.fields()));
            return after;
        });
    }

    public void delete(UUID id, AuditActor actor) {
        db.tx(tx -> {
            Menu before = menus.lock(tx, id).orElseThrow(() -> notFound(id));
            List<String> locations = menus.placedAt(tx, id);
            if (!locations.isEmpty()) {
                throw ApiError.conflict("Cannot delete menu '" + before.name() + "': it has placements at "
                        + String.join(", ", locations) + "; delete those placements first");
            }
            menus.delete(tx, id);
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, id, before.fields()));
            return null;
        });
    }

    static ApiError notFound(UUID id) {
        return ApiError.notFound("Menu with ID " + id + " was not found.");
    }

    private void requireFreeName(SqlClient tx, String name, UUID except) {
        menus.findByName(tx, name).filter(other -> !other.id().equals(except)).ifPresent(other -> {
            throw ApiError.conflict("A menu named '" + other.name() + "' already exists");
        });
    }
}
