package org.preptable.gateway.bootstrap;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.kitchen.takeaway.OfferInput;
import org.preptable.gateway.kitchen.takeaway.OrderInput;
import org.preptable.gateway.kitchen.takeaway.TakeawayModule;

/**
 * Today's takeaway, as the reference's fixture has it: three offers of the bank's translated dishes (20 portions at
 * 45.00, 10 at 57.50 switched off, 10 at 65.25) by the head chef, and two orders of the first by Hans, the demo
 * customer (4 portions, already paid, and 6 reserved), so the first has 10 left. Made through the takeaway
 * services, audited as the demo loader; the noon rule is skipped because the demo loads whenever the gateway first
 * starts. Nothing happens without the dishes or the people.
 */
final class DemoTakeaway {

    private static final AuditActor ACTOR = AuditActor.system("demo data");

    private record Offered(int portions, String price, boolean enabled) {
    }

    private static final List<Offered> OFFERS = List.of(new Offered(20, "45.00", true),
            new Offered(10, "57.50", false), new Offered(10, "65.25", true));

    private DemoTakeaway() {
    }

    static void load(Db db, TakeawayModule takeaway) {
        List<Long> dishes = dishes(db);
        UUID chef = user(db, "gordon@preptable.local");
        UUID hans = user(db, "hans@preptable.local");
        if (dishes.size() < OFFERS.size() || chef == null || hans == null) {
            return;
        }
        List<Long> offers = new ArrayList<>();
        for (int i = 0; i < OFFERS.size(); i++) {
            Offered offered = OFFERS.get(i);
            long id = takeaway.offers().createAnyTime(chef, new OfferInput(dishes.get(i), offered.portions(),
                    new BigDecimal(offered.price())), ACTOR).id();
            if (!offered.enabled()) {
                takeaway.offers().setEnabled(id, false, ACTOR);
            }
            offers.add(id);
        }
        CurrentUser customer = new CurrentUser(hans, 0, "hans@preptable.local", Role.CUSTOMER, Set.of(), null);
        long paid = takeaway.orders().create(customer, order(offers.getFirst(), 4), ACTOR).id();
        takeaway.orders().pay(paid, ACTOR);
        takeaway.orders().create(customer, order(offers.getFirst(), 6), ACTOR);
    }

    private static OrderInput order(long offer, int quantity) {
        return new OrderInput(List.of(new OrderInput.Line(offer, quantity)));
    }

    /** Active dishes with both English texts, oldest first: what a takeaway counter would label in two languages. */
    private static List<Long> dishes(Db db) {
        RowSet<Row> rows = db.pool().preparedQuery("""
                        SELECT id FROM dishes WHERE active AND coalesce(btrim(name_en), '') <> ''
                          AND coalesce(btrim(description_en), '') <> '' ORDER BY id LIMIT 3""").execute().await();
        List<Long> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.getLong("id")));
        return ids;
    }

    private static UUID user(Db db, String email) {
        RowSet<Row> rows = db.pool().preparedQuery("SELECT id FROM users WHERE lower(email) = $1")
                .execute(Tuple.of(email)).await();
        return rows.rowCount() == 0 ? null : rows.iterator().next().getUUID("id");
    }
}
