package org.preptable.gateway.bootstrap;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.KitchenCalendar;
import org.preptable.gateway.kitchen.requests.IngredientRequest;
import org.preptable.gateway.kitchen.requests.RequestInput.Approval;
import org.preptable.gateway.kitchen.requests.RequestInput.Rejection;
import org.preptable.gateway.kitchen.requests.RequestInput.RequestBody;
import org.preptable.gateway.kitchen.requests.RequestModule;
import org.preptable.gateway.kitchen.shopping.ShoppingInput.Generate;
import org.preptable.gateway.users.User;
import org.preptable.gateway.users.UserRepository;

/**
 * The demo kitchen's ingredient requests for the next two delivery dates, in every state (pending, approved —
 * one with an adjusted quantity — and rejected with a reason), from both cooks' stations, and tomorrow's shopping
 * list generated from the approved ones (tomatoes in kilograms and grams merge, cream in litres and millilitres).
 * Made through the services, so the audit rows and the chefs' notifications are there too.
 */
final class DemoRequests {

    private static final AuditActor ACTOR = AuditActor.system("demo data");

    private DemoRequests() {
    }

    static void load(Db db, KitchenCalendar calendar, RequestModule module) {
        CurrentUser gordon = person(db, "gordon@preptable.local");
        CurrentUser marco = person(db, "marco@preptable.local");
        CurrentUser claire = person(db, "claire@preptable.local");
        CurrentUser rene = person(db, "rene@preptable.local");
        if (gordon == null || marco == null || claire == null || rene == null) {
            return; // someone removed a demo person: nothing sensible to request
        }
        LocalDate tomorrow = calendar.today().plusDays(1);
        LocalDate dayAfter = tomorrow.plusDays(1);
        Long hotDish = dish(db, "Frikadeller");
        Long coldDish = dish(db, "Røget Laks");

        approve(module, gordon, request(module, claire, "Tomatoes", "2", "KG", "Grønttorvet", null, tomorrow, hotDish),
                null);
        approve(module, gordon, request(module, rene, "tomato", "500", "G", "Grønttorvet", null, tomorrow, coldDish),
                null);
        approve(module, marco, request(module, rene, "Frisk Dild", "10", "BUNCH", "Grønttorvet",
                "Skal bruges til laksen", tomorrow, coldDish), null);
        approve(module, gordon, request(module, claire, "Fløde", "1", "L", "Arla", null, tomorrow, null), null);
        approve(module, gordon, request(module, rene, "fløde", "500", "ML", "Arla", null, tomorrow, null), null);
        approve(module, marco, request(module, claire, "Løg", "3", "KG", null, null, tomorrow, hotDish), null);
        module.requests().reject(marco, request(module, claire, "Trøffelolie", "1", "BOTTLE", null, null, tomorrow,
                null).id(), new Rejection("For dyrt til hverdagsmenuen"), ACTOR);
        request(module, rene, "Kapers", "2", "CAN", null, "Til remouladen", tomorrow, null);

        request(module, claire, "Hvedemel", "25", "KG", "Inco", null, dayAfter, null);
        approve(module, gordon, request(module, rene, "Smør", "5", "KG", "Arla", null, dayAfter, null),
                new Approval(new BigDecimal("4"), null, "Vi har 1 kg på lager"));
        module.requests().reject(gordon, request(module, claire, "Safran", "10", "G", null, null, dayAfter, hotDish)
                .id(), new Rejection("Brug gurkemeje i stedet"), ACTOR);

        module.shopping().generate(gordon, new Generate(tomorrow.toString(), "DA"), ACTOR);
    }

    /** A request by {@code cook}: for {@code dishId} when given, else general stock. */
    private static IngredientRequest request(RequestModule module, CurrentUser cook, String name, String quantity,
                                             String unit, String supplier, String note, LocalDate date,
                                             Long dishId) {
        return module.requests().create(cook, new RequestBody(name, new BigDecimal(quantity), unit, supplier, note,
                dishId == null ? "GENERAL_STOCK" : "DISH_SPECIFIC", date.toString(), dishId), ACTOR);
    }

    private static void approve(RequestModule module, CurrentUser chef, IngredientRequest request,
                                Approval adjustments) {
        module.requests().approve(chef, request.id(), adjustments, ACTOR);
    }

    /** An active dish of the demo bank by Danish name, or null (the request is then general stock). */
    private static Long dish(Db db, String nameDa) {
        RowSet<Row> rows = db.pool().preparedQuery("SELECT id FROM dishes WHERE name_da = $1 AND active"
                + " ORDER BY id LIMIT 1").execute(Tuple.of(nameDa)).await();
        return rows.rowCount() == 0 ? null : rows.iterator().next().getLong("id");
    }

    private static CurrentUser person(Db db, String email) {
        User user = new UserRepository().findByEmail(db.pool(), email).orElse(null);
        return user == null ? null : new CurrentUser(user.id(), user.number(), user.email(), user.role(), Set.of(),
                null);
    }
}
