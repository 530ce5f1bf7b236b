package org.preptable.gateway.bootstrap;

import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.Services;
import org.preptable.gateway.kds.kiosk.KioskService;
import org.preptable.gateway.users.User;
import org.preptable.gateway.users.UserService;

/**
 * A small kitchen to try PrepTable with: two locations, five stations and one person per role, loaded once on a
 * new database ({@code PREPTABLE_DEMO_DATA=false} skips it). Demo people share one generated password, shown once,
 * and each location gets a kiosk token, also shown once, so a kiosk can be tried at once.
 */
public final class DemoData {

    private static final String LOADED_MARKER = "demo_data_loaded";
    private static final AuditActor ACTOR = AuditActor.system("demo data");
    /** The caller the demo loader acts as where a service checks scope: everywhere, as an admin would. */
    static final CurrentUser LOADER = new CurrentUser(null, 0, "demo data", Role.ADMIN, java.util.Set.of(), null);

    /** A demo login to print: email and role. */
    public record DemoUser(String email, Role role) {
    }

    /** What to show once: the demo logins, their shared password and Harlingen's kiosk token. */
    public record Loaded(List<DemoUser> users, String password, Map<String, String> kioskTokens) {
    }

    private record Person(String firstName, String lastName, String email, Role role, boolean atHarlingen,
                          String station) {
    }

    /** The brigade: head chef, sous chef and two line cooks; and one customer. */
    private static final List<Person> PEOPLE = List.of(
            new Person("Gordon", "Ramsay", "gordon@preptable.local", Role.ADMIN, true, "Hot Kitchen"),
            new Person("Marco", "Pierre", "marco@preptable.local", Role.MANAGER, true, null),
            new Person("Claire", "Smyth", "claire@preptable.local", Role.STAFF, true, "Hot Kitchen"),
            new Person("Rene", "Redzepi", "rene@preptable.local", Role.STAFF, false, "Cold Kitchen"),
            // a guest of the takeaway counter (DemoTakeaway), as self-registration would make one
            new Person("Hans", "Hansen", "hans@preptable.local", Role.CUSTOMER, false, null));

    private DemoData() {
    }

    /** Loads the demo kitchen unless this database already had it (or had it and an admin removed parts). */
    public static java.util.Optional<Loaded> loadOnce(Db db, Services services) {
        UserService users = services.users();
        KioskService kiosks = services.kiosks();
        KitchenCalendar calendar = services.calendar();
        boolean claimed = db.pool().preparedQuery(
                        "INSERT INTO settings (key, value) VALUES ($1, now()::text) ON CONFLICT (key) DO NOTHING")
                .execute(Tuple.of(LOADED_MARKER)).await().rowCount() == 1;
        if (!claimed) {
            return java.util.Optional.empty();
        }
        UUID harlingen = db.tx(tx -> location(tx, "Harlingen", "America/Chicago", "harlingen-main"));
        UUID waco = db.tx(tx -> location(tx, "Waco", "America/Chicago", "waco-main"));
        Map<String, Long> stations = DemoStations.load(db);
        DemoInventory.Loaded stock = DemoInventory.load(db, harlingen, waco);
        String password = FirstAdmin.generatePassword();
        List<DemoUser> created = new java.util.ArrayList<>();
        for (Person person : PEOPLE) {
            if (users.findByEmail(person.email()).isPresent()) {
                continue;
            }
            User user = users.register(new UserService.Registration(person.firstName(), person.lastName(),
                    person.email(), password), person.role(), ACTOR);
            if (person.atHarlingen()) {
                users.replaceLocations(user.id().toString(), List.of(harlingen), ACTOR);
            }
            if (person.station() != null) {
                users.assignStation(user.id().toString(), stations.get(person.station()), ACTOR);
            }
            created.add(new DemoUser(person.email(), person.role()));
        }
        DemoDishes.load(db, calendar, stations);
        DemoMenus.load(db, calendar);
        DemoTakeaway.load(db, services.takeaway());
        DemoRequests.load(db, calendar, services.requests());
        Map<String, UUID> vendors = DemoPurchasing.vendors(services.ops(), stock.itemsBySku());
        Map<String, UUID> meals = DemoMeals.load(db, services.ops().meals(), stock.itemsBySku(), stations);
        DemoMeals.backdateCosts(db);
        DemoPlacements.load(services.ops().menus(), harlingen, waco, meals, stock.itemsBySku());
        DemoPurchasing.orders(services.ops(), harlingen, vendors, stock.itemsBySku(), stock.harlingenStores());
        DemoPurchasing.ribEyePriceRise(services.ops(), vendors, stock.itemsBySku());
        DemoScreens.load(db, services.ops().locations(), harlingen, stations);
        Map<String, String> kioskTokens = new LinkedHashMap<>();
        kioskTokens.put("Harlingen", kiosks.rotate(harlingen, ACTOR).token());
        kioskTokens.put("Waco", kiosks.rotate(waco, ACTOR).token());
        return java.util.Optional.of(new Loaded(created, password, kioskTokens));
    }

    private static UUID location(SqlConnection tx, String name, String timezone, String storeRef) {
        UUID id = tx.preparedQuery("INSERT INTO locations (name, timezone, saavor_store_ref) VALUES ($1, $2, $3)"
                        + " RETURNING id")
                .execute(Tuple.of(name, timezone, storeRef)).await().iterator().next().getUUID("id");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id.toString());
        row.put("name", name);
        row.put("timezone", timezone);
        row.put("saavor_store_ref", storeRef);
        AuditLog.record(tx, ACTOR, AuditEvent.create("locations", id, row));
        return id;
    }
}
