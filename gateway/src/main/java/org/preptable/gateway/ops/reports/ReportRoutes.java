package org.preptable.gateway.ops.reports;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.LocationScope;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Csv;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.ops.OpsRoles;
import org.preptable.gateway.ops.inventory.Movement;
import org.preptable.gateway.ops.inventory.Quantities;
import org.preptable.gateway.ops.locations.LocationService;
import org.preptable.gateway.ops.reports.ReportRepository.LowStock;
import org.preptable.gateway.ops.stores.Store;
import org.preptable.gateway.ops.stores.StoreService;

/**
 * The two exportable reports of seed 002. Each handler builds its rows once and then renders them as JSON or CSV,
 * so both encodings always agree (seed 002, "Data export").
 */
public final class ReportRoutes {

    static final List<String> LOW_STOCK_COLUMNS =
            List.of("item_name", "item_sku", "unit", "current_stock", "par_level", "deficit");
    static final List<String> USAGE_COLUMNS = List.of("item_name", "unit", "total_used", "used_waste", "used_adjust",
            "used_count_correction", "used_receive", "unit_cost_cents", "value_used_cents");
    private static final List<String> REASON_ORDER = List.of("waste", "adjust", "count_correction", "receive");
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    private final Db db;
    private final ReportRepository reports = new ReportRepository();
    private final StoreService stores;
    private final LocationService locations;
    private final Gates gates;

    public ReportRoutes(Db db, StoreService stores, LocationService locations, Gates gates) {
        this.db = db;
        this.stores = stores;
        this.locations = locations;
        this.gates = gates;
    }

    /** Mount before the item routes: {@code /items/low} must win over {@code /items/:itemId}. */
    public void mount(Router api) {
        api.get("/items/low").handler(gates.ops(OpsRoles.READERS)).handler(this::lowStock);
        api.get("/stores/:storeId/usage").handler(gates.ops(OpsRoles.READERS)).handler(this::usage);
    }

    private void lowStock(RoutingContext ctx) {
        Csv.Format format = Csv.format(ctx);
        UUID locationId = Params.queryUuid(ctx, "location_id")
                .orElseThrow(() -> ApiError.badRequest("location_id is required: the campus to report on"));
        locations.get(locationId);
        CurrentUser caller = CurrentUser.of(ctx).orElseThrow();
        List<LowStock> rows = LocationScope.canRead(caller, locationId) ? reports.lowStock(db.pool(), locationId)
                : List.of();
        if (format == Csv.Format.CSV) {
            Csv.send(ctx, "low-stock-report.csv", LOW_STOCK_COLUMNS, rows.stream().map(row -> List.<Object>of(
                    row.name(), row.sku(), row.unit(), Quantities.shown(row.currentStock()),
                    Quantities.shown(row.parLevel()), Quantities.shown(deficit(row)))).toList());
            return;
        }
        Responses.ok(ctx, Map.of("low_stock", rows.stream().map(row -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("item_id", row.itemId().toString());
            view.put("item_name", row.name());
            view.put("item_sku", row.sku());
            view.put("unit", row.unit());
            view.put("current_stock", Quantities.shown(row.currentStock()));
            view.put("par_level", Quantities.shown(row.parLevel()));
            view.put("deficit", Quantities.shown(deficit(row)));
            return view;
        }).toList()));
    }

    private static BigDecimal deficit(LowStock row) {
        return row.parLevel().subtract(row.currentStock()).max(BigDecimal.ZERO);
    }

    private void usage(RoutingContext ctx) {
        Csv.Format format = Csv.format(ctx);
        Store store = stores.readable(CurrentUser.of(ctx).orElseThrow(), Params.uuid(ctx, "storeId"));
        // without a "to", the window ends at the next whole second, so what was written just now is inside it
        Instant to = Params.queryInstant(ctx, "to", true)
                .orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        Instant from = Params.queryInstant(ctx, "from", false).orElse(to.minus(DEFAULT_WINDOW));
        if (from.isAfter(to)) {
            throw ApiError.badRequest("from (" + from + ") must not be after to (" + to + ")");
        }
        List<String> reasons = reasons(Params.query(ctx, "reasons").orElse(null));
        List<UsageRow> rows = UsageRow.rollUp(reports.usage(db.pool(), store.id(), from, to, reasons));
        if (format == Csv.Format.CSV) {
            Csv.send(ctx, "usage-report.csv", USAGE_COLUMNS, rows.stream().map(UsageRow::csv).toList());
            return;
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("from", from.toString());
        view.put("to", to.toString());
        view.put("reasons", reasons);
        view.put("rows", rows.stream().map(UsageRow::json).toList());
        view.put("total_value_cents", rows.stream().mapToLong(UsageRow::valueUsedCents).sum());
        Responses.ok(ctx, view);
    }

    /** {@code ?reasons=waste,adjust}: default all four, in the seed's order; an unknown one is a 400. */
    private static List<String> reasons(String raw) {
        if (raw == null) {
            return REASON_ORDER;
        }
        List<String> wanted = new ArrayList<>();
        for (String reason : Arrays.stream(raw.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList()) {
            if (!Movement.REASONS.contains(reason)) {
                throw ApiError.badRequest("reasons may hold waste, adjust, count_correction, receive; got: " + reason);
            }
            if (!wanted.contains(reason)) {
                wanted.add(reason);
            }
        }
        if (wanted.isEmpty()) {
            throw ApiError.badRequest("reasons must name at least one of waste, adjust, count_correction, receive");
        }
        return wanted;
    }
}
