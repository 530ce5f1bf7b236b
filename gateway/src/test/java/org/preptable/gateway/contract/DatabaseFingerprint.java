package org.preptable.gateway.contract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.preptable.gateway.testing.ContractShapes.Operation;
import org.preptable.gateway.testing.TestGateway;

/**
 * Every table's row count and a checksum of its rows, to prove a refused request left the database as it was.
 * Left out: Flyway's history, the gateways' own lease rows ({@code gateway_nodes}, renewed every few seconds
 * whatever the requests), and the Saavor payload log for the webhook, which keeps refused deliveries on purpose
 * (DESIGN.md §3: a bad body is kept with its outcome). The auth epoch stays in: a refused request must not bump it.
 */
final class DatabaseFingerprint {

    private final TestGateway gateway;
    private final List<String> tables;

    DatabaseFingerprint(TestGateway gateway) {
        this.gateway = gateway;
        this.tables = List.of(gateway.sql().text("SELECT string_agg(table_name, ',' ORDER BY table_name)"
                + " FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                + " AND table_name NOT IN ('flyway_schema_history', 'gateway_nodes')").split(","));
    }

    Map<String, String> take(Operation op) {
        boolean webhook = op.path().endsWith("/saavor/webhook");
        Map<String, String> prints = new TreeMap<>();
        for (String table : tables) {
            if (webhook && table.equals("saavor_payloads")) {
                continue;
            }
            prints.put(table, gateway.sql().text("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|'"
                    + " ORDER BY t::text)), '') FROM " + table + " t"));
        }
        return prints;
    }

    static String diff(Map<String, String> before, Map<String, String> after) {
        StringBuilder changed = new StringBuilder();
        before.forEach((table, print) -> {
            if (!print.equals(after.get(table))) {
                changed.append(table).append(" (").append(print).append(" -> ").append(after.get(table)).append(") ");
            }
        });
        return changed.toString().trim();
    }
}
