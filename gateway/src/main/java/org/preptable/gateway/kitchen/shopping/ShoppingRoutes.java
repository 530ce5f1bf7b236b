package org.preptable.gateway.kitchen.shopping;

import static org.preptable.gateway.auth.Role.ADMIN;
import static org.preptable.gateway.auth.Role.MANAGER;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.List;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Csv;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.kitchen.Quantity;
import org.preptable.gateway.kitchen.shopping.ShoppingInput.Generate;
import org.preptable.gateway.kitchen.shopping.ShoppingInput.ItemChanges;
import org.preptable.gateway.kitchen.shopping.ShoppingInput.NewDate;
import org.preptable.gateway.kitchen.shopping.ShoppingInput.NewItem;
import org.preptable.gateway.kitchen.shopping.ShoppingList.Status;

/**
 * {@code /shopping-lists/**} (reference §4.9), head and sous chefs only. {@code items/order-all} is registered
 * before {@code items/:itemId}, which would otherwise take it for an id (the reference's "orderAll" bug).
 */
public final class ShoppingRoutes {

    /** The CSV export's columns, in the JSON's names. */
    static final List<String> CSV_COLUMNS = List.of("ingredientName", "quantity", "unit", "supplier", "ordered",
            "notes");

    private final ShoppingService service;
    private final Gates gates;

    public ShoppingRoutes(ShoppingService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/shopping-lists").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::list);
        api.post("/shopping-lists").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::generate);
        api.get("/shopping-lists/:id").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::get);
        api.delete("/shopping-lists/:id").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::delete);
        api.post("/shopping-lists/:id/finalize").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::finalizeList);
        api.patch("/shopping-lists/:id/delivery-date").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::move);
        api.put("/shopping-lists/:id/items/order-all").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::orderAll);
        api.post("/shopping-lists/:id/items").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::addItem);
        api.put("/shopping-lists/:id/items/:itemId").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::updateItem);
        api.delete("/shopping-lists/:id/items/:itemId").handler(gates.kitchen(ADMIN, MANAGER))
                .handler(this::removeItem);
        api.patch("/shopping-lists/:id/items/:itemId/ordered").handler(gates.kitchen(ADMIN, MANAGER))
                .handler(this::markOrdered);
    }

    private void list(RoutingContext ctx) {
        Status status = Params.queryEnum(ctx, "status", Status.class, "Invalid shopping list status").orElse(null);
        LocalDate date = Quantity.deliveryDateFilter(ctx).orElse(null);
        Responses.ok(ctx, service.list(status, date).stream().map(ShoppingList::view).toList());
    }

    /** JSON, or with {@code ?format=csv} a download of the items (checked before the id, like the reports). */
    private void get(RoutingContext ctx) {
        Csv.Format format = Csv.format(ctx);
        ShoppingList list = service.get(id(ctx));
        if (format == Csv.Format.CSV) {
            Csv.send(ctx, "shopping-list-" + list.deliveryDate() + ".csv", CSV_COLUMNS,
                    list.items().stream().map(ShoppingRoutes::csvRow).toList());
        } else {
            Responses.ok(ctx, list.view());
        }
    }

    private void generate(RoutingContext ctx) {
        Generate body = Bodies.read(ctx, Generate.class);
        Responses.created(ctx, service.generate(caller(ctx), body, AuditActor.of(ctx)).view());
    }

    private void delete(RoutingContext ctx) {
        service.delete(id(ctx), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private void finalizeList(RoutingContext ctx) {
        Responses.ok(ctx, service.finalizeList(id(ctx), AuditActor.of(ctx)).view());
    }

    private void move(RoutingContext ctx) {
        long id = id(ctx);
        NewDate body = Bodies.read(ctx, NewDate.class);
        Responses.ok(ctx, service.moveTo(id, body, AuditActor.of(ctx)).view());
    }

    private void orderAll(RoutingContext ctx) {
        Responses.ok(ctx, service.orderAll(id(ctx), AuditActor.of(ctx)).view());
    }

    private void addItem(RoutingContext ctx) {
        long id = id(ctx);
        NewItem body = Bodies.read(ctx, NewItem.class);
        Responses.created(ctx, service.addItem(caller(ctx), id, body, AuditActor.of(ctx)).view());
    }

    private void updateItem(RoutingContext ctx) {
        long id = id(ctx);
        long itemId = Params.positiveId(ctx, "itemId");
        ItemChanges body = Bodies.read(ctx, ItemChanges.class);
        Responses.ok(ctx, service.updateItem(id, itemId, body, AuditActor.of(ctx)).view());
    }

    private void removeItem(RoutingContext ctx) {
        long id = id(ctx);
        long itemId = Params.positiveId(ctx, "itemId");
        Responses.ok(ctx, service.removeItem(id, itemId, AuditActor.of(ctx)).view());
    }

    private void markOrdered(RoutingContext ctx) {
        long id = id(ctx);
        long itemId = Params.positiveId(ctx, "itemId");
        Responses.ok(ctx, service.markOrdered(id, itemId, AuditActor.of(ctx)).view());
    }

    /**
     * One CSV row. Quantities as in the JSON; text that a spreadsheet would run as a formula (a cell starting with
     * {@code = + - @}) gets a leading apostrophe: notes carry people's names, which the text rules do not limit.
     */
    static List<Object> csvRow(ShoppingList.Item item) {
        return List.of(cell(item.ingredientName()), item.quantity().stripTrailingZeros().toPlainString(),
                item.unit().name(), item.supplier() == null ? "" : cell(item.supplier()), item.ordered(),
                item.notes() == null ? "" : cell(item.notes()));
    }

    private static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }

    private static long id(RoutingContext ctx) {
        return Params.positiveId(ctx, "id");
    }
}
