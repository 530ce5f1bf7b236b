package org.preptable.gateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.testing.TestGateway;

/**
 * The demo kitchen's stations route every item code of the demo POS menu; Gordon and Claire work at Hot Kitchen,
 * Rene at Cold Kitchen.
 */
class DemoStationsTest {

    private static TestGateway gateway;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(Map.of("PREPTABLE_DEMO_DATA", "true"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void fiveStationsWithTheDemoMenusItemCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String station : new String[] {"Hot Kitchen", "Cold Kitchen", "Pastry", "Grill", "Expo"}) {
            codes.put(station, gateway.sql().text("SELECT string_agg(c.item_code, ',' ORDER BY c.item_code)"
                    + " FROM stations s LEFT JOIN station_item_codes c ON c.station_id = s.id WHERE s.name = ?",
                    station));
        }

        assertThat(gateway.sql().count("SELECT count(*) FROM stations")).isEqualTo(5);
        assertThat(codes).containsExactly(
                Map.entry("Hot Kitchen", "BRG-CHS,BRG-CLS,BRG-VEG,BRK-PAN,BRK-SAN,SOUP"),
                Map.entry("Cold Kitchen", "SAL-CSR,SAL-GRK"),
                Map.entry("Pastry", "DES-CAKE,DES-CHOC"),
                Map.entry("Grill", "CHK-GRL,STK-RIB"),
                Map.entry("Expo", "DRK-COLA,DRK-WTR,FRY"));
        assertThat(gateway.sql().count("SELECT count(*) FROM stations WHERE length(description) >= 5")).isEqualTo(5);
    }

    @Test
    void everyDemoStationChangeIsAuditedAsTheSystem() {
        assertThat(gateway.sql().count("SELECT count(*) FROM audit_log WHERE actor_email = 'system'"
                + " AND route = 'demo data' AND entity IN ('stations', 'station_item_codes')")).isEqualTo(10);
    }

    @Test
    void claireWorksAtHotKitchen() {
        assertThat(gateway.sql().text("SELECT s.name FROM users u JOIN stations s ON s.id = u.station_id"
                + " WHERE u.email = 'claire@preptable.local'")).isEqualTo("Hot Kitchen");
        assertThat(gateway.sql().count("SELECT count(*) FROM users WHERE station_id IS NOT NULL")).isEqualTo(3);
    }
}
