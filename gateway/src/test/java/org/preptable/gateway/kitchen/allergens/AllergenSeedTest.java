package org.preptable.gateway.kitchen.allergens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

/** The EU-14 are on every database (migration V2); {@code POST /allergens/seed} puts them back on an empty table. */
@ExtendWith(GatewayExtension.class)
class AllergenSeedTest {

    private static final List<String> DANISH_NAMES = List.of("Gluten", "Krebsdyr", "Æg", "Fisk", "Jordnødder", "Soja",
            "Mælk", "Nødder", "Selleri", "Sennep", "Sesamfrø", "Svovldioxid og sulfitter", "Lupin", "Bløddyr");

    @Test
    void everyDatabaseHasTheEuFourteenWithDanishNames(TestGateway gateway) {
        assertThat(gateway.sql().count("SELECT count(*) FROM allergens")).isEqualTo(14);
        assertThat(gateway.sql().text("SELECT string_agg(display_number::text, ',' ORDER BY display_number)"
                + " FROM allergens")).isEqualTo("1,2,3,4,5,6,7,8,9,10,11,12,13,14");
        assertThat(gateway.sql().text("SELECT string_agg(name_da, '|' ORDER BY display_number) FROM allergens"))
                .isEqualTo(String.join("|", DANISH_NAMES));
    }

    @Test
    void seedingAnEmptyTableRestoresExactlyWhatTheMigrationInserted(TestGateway gateway, ApiClient api) {
        ApiClient headChef = api.as(api.admin());
        List<ObjectNode> migrated = withoutIds(headChef.get("/allergens").json());
        assertThat(migrated).hasSize(14);

        long mark = AuditTrail.mark(gateway);
        headChef.get("/allergens").json().forEach(allergen ->
                assertThat(headChef.delete("/allergens/" + allergen.get("id").asLong()).status()).isEqualTo(204));
        assertThat(AuditTrail.since(gateway, mark)).hasSize(14).allMatch(row -> row.startsWith("delete allergens "));
        assertThat(headChef.get("/allergens").json()).isEmpty();

        mark = AuditTrail.mark(gateway);
        var seeded = headChef.post("/allergens/seed", null);

        assertThat(seeded.status()).isEqualTo(201);
        assertThat(withoutIds(seeded.json())).isEqualTo(migrated);
        assertThat(withoutIds(headChef.get("/allergens").json())).isEqualTo(migrated);
        assertThat(AuditTrail.since(gateway, mark)).hasSize(14).allMatch(row -> row.startsWith("create allergens "));
        assertThat(headChef.post("/allergens/seed", null).assertError(400)).isEqualTo("EU allergens already seeded");
    }

    private static List<ObjectNode> withoutIds(Iterable<com.fasterxml.jackson.databind.JsonNode> allergens) {
        List<ObjectNode> copies = new ArrayList<>();
        allergens.forEach(allergen -> {
            ObjectNode copy = allergen.deepCopy();
            copy.remove("id");
            copies.add(copy);
        });
        return copies;
    }
}
