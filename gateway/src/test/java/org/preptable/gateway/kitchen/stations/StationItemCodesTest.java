package org.preptable.gateway.kitchen.stations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/** The POS item codes a station prepares: {@code GET/PUT /stations/{id}/item-codes}. */
@ExtendWith(GatewayExtension.class)
class StationItemCodesTest {

    private static ApiClient headChef;
    private static ApiClient sousChef;
    private static ApiClient lineCook;

    @BeforeAll
    static void users(ApiClient api) {
        headChef = api.as(api.admin());
        sousChef = api.as(api.newUser("SOUS_CHEF"));
        lineCook = api.as(api.newUser("LINE_COOK"));
    }

    private static long station(String name) {
        var created = headChef.post("/stations", Map.of("name", name, "description", name + " station"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static ApiResponse put(long station, String... codes) {
        Map<String, Object> body = new HashMap<>();
        body.put("itemCodes", Arrays.asList(codes));
        return headChef.put("/stations/" + station + "/item-codes", body);
    }

    private static List<String> codes(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        response.json().get("itemCodes").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    @Test
    void headChefReplacesTheListAndHeadAndSousChefsReadIt(TestGateway gateway) {
        long hot = station("Hot Kitchen");
        assertThat(codes(headChef.get("/stations/" + hot + "/item-codes"))).isEmpty();

        long mark = AuditTrail.mark(gateway);
        var replaced = put(hot, "brg-cls", " SOUP ", "BRG-CLS", "BRG_VEG", "9");

        assertThat(replaced.json().get("stationId").asLong()).isEqualTo(hot);
        assertThat(codes(replaced)).containsExactly("9", "BRG-CLS", "BRG_VEG", "SOUP");
        assertThat(codes(sousChef.get("/stations/" + hot + "/item-codes")))
                .containsExactly("9", "BRG-CLS", "BRG_VEG", "SOUP");
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("update station_item_codes " + hot);

        assertThat(codes(put(hot, "BRG-CHS", "SOUP"))).containsExactly("BRG-CHS", "SOUP");
        assertThat(gateway.sql().text("SELECT before::text || ' -> ' || after::text FROM audit_log"
                + " ORDER BY id DESC LIMIT 1"))
                .isEqualTo("{\"item_codes\": [\"9\", \"BRG-CLS\", \"BRG_VEG\", \"SOUP\"]} -> "
                        + "{\"item_codes\": [\"BRG-CHS\", \"SOUP\"]}");
        assertThat(codes(put(hot))).isEmpty();
        assertThat(gateway.sql().count("SELECT count(*) FROM station_item_codes WHERE station_id = ?", hot)).isZero();
    }

    @Test
    void aCodeRoutesToOneStationOnly(TestGateway gateway) {
        long expo = station("Expo");
        long fryer = station("Fryer");
        put(expo, "FRY", "DRK-COLA");

        long mark = AuditTrail.mark(gateway);
        assertThat(put(fryer, "ONION-RINGS", "fry").assertError(409))
                .isEqualTo("Item code 'FRY' is already routed to station 'Expo' (ID " + expo + ")");
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
        assertThat(codes(headChef.get("/stations/" + fryer + "/item-codes"))).as("nothing changed").isEmpty();

        assertThat(codes(put(expo, "FRY", "DRK-COLA"))).as("a station keeps its own codes").hasSize(2);
        assertThat(codes(put(expo, "DRK-COLA"))).containsExactly("DRK-COLA");
        assertThat(codes(put(fryer, "FRY"))).as("a released code can move").containsExactly("FRY");
    }

    @Test
    void deletingAStationReleasesItsCodes(TestGateway gateway) {
        long grill = station("Grill");
        put(grill, "STK-RIB", "CHK-GRL");

        long mark = AuditTrail.mark(gateway);
        assertThat(headChef.delete("/stations/" + grill).status()).isEqualTo(204);
        assertThat(gateway.sql().text("SELECT before->>'item_codes' FROM audit_log WHERE id > ?", mark))
                .isEqualTo("[\"CHK-GRL\", \"STK-RIB\"]");

        assertThat(codes(put(station("Grill 2"), "STK-RIB"))).containsExactly("STK-RIB");
    }

    @Test
    void codesAreOneTo32LettersDigitsDashesOrUnderscores(TestGateway gateway) {
        long pastry = station("Pastry");
        long mark = AuditTrail.mark(gateway);
        List<String> refused = List.of("", " ", "-CAKE", "_CAKE", "DES CAKE", "DES.CAKE", "KAGE-Æ", "STRAßE",
                "A".repeat(33));
        for (String bad : refused) {
            assertThat(put(pastry, "DES-CHOC", bad).assertError(400)).as(bad)
                    .isEqualTo("Invalid item code '" + bad + "': use 1 to 32 letters, digits, '-' or '_', starting"
                            + " with a letter or digit");
        }
        assertThat(codes(put(pastry, "A".repeat(32)))).containsExactly("A".repeat(32));

        assertThat(headChef.put("/stations/" + pastry + "/item-codes", Map.of()).assertError(400))
                .isEqualTo("Item codes cannot be null.");
        assertThat(headChef.put("/stations/" + pastry + "/item-codes", "{\"itemCodes\": [null]}").assertError(400))
                .isEqualTo("Invalid item code 'null': use 1 to 32 letters, digits, '-' or '_', starting with a"
                        + " letter or digit");
        assertThat(headChef.put("/stations/" + pastry + "/item-codes", Map.of("itemCodes", "FRY")).assertError(400))
                .isEqualTo("Field 'itemCodes' must be an array");
        assertThat(headChef.put("/stations/" + pastry + "/item-codes", Map.of("codes", List.of())).assertError(400))
                .isEqualTo("Unknown field 'codes'");
        assertThat(AuditTrail.since(gateway, mark)).hasSize(1);
    }

    @Test
    void rolesAndUnknownStations(ApiClient api) {
        long cold = station("Cold Kitchen");
        String path = "/stations/" + cold + "/item-codes";
        Map<String, Object> body = Map.of("itemCodes", List.of("SAL-CSR"));

        assertThat(sousChef.put(path, body).assertError(403)).isEqualTo("Insufficient role. Required: [HEAD_CHEF]");
        assertThat(lineCook.get(path).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
        assertThat(api.get(path).assertError(401)).isEqualTo("Missing or malformed Authorization header");
        assertThat(api.put(path, body).assertError(401)).isEqualTo("Missing or malformed Authorization header");

        assertThat(headChef.get("/stations/9999/item-codes").assertError(404))
                .isEqualTo("Station with ID 9999 was not found.");
        assertThat(headChef.put("/stations/9999/item-codes", body).assertError(404))
                .isEqualTo("Station with ID 9999 was not found.");
        assertThat(headChef.put("/stations/9999/item-codes", Map.of("itemCodes", List.of("!"))).assertError(400))
                .as("input is checked before the lookup").startsWith("Invalid item code '!'");
        assertThat(headChef.get("/stations/0/item-codes").assertError(400)).startsWith("Invalid ID");
        assertThat(headChef.put("/stations/abc/item-codes", body).assertError(400)).startsWith("Invalid ID");
    }
}
