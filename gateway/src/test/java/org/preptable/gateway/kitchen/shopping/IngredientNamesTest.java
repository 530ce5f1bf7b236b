package org.preptable.gateway.kitchen.shopping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kitchen.Unit;
import org.preptable.gateway.kitchen.shopping.Aggregator.Item;
import org.preptable.gateway.kitchen.shopping.Aggregator.Line;

/** The deterministic normalization: name keys, shown names, unit conversion, suppliers and notes. */
class IngredientNamesTest {

    @Test
    void caseSpacingAndEnglishPluralsMakeOneKey() {
        assertThat(IngredientNames.key("  Cherry   TOMATOES ")).isEqualTo("cherry tomato");
        assertThat(IngredientNames.key("berries")).isEqualTo("berry");
        assertThat(IngredientNames.key("Radishes")).isEqualTo("radish");
        assertThat(IngredientNames.key("peaches")).isEqualTo("peach");
        assertThat(IngredientNames.key("Onions")).isEqualTo("onion");
        assertThat(IngredientNames.key("eggs")).isEqualTo("egg");
        assertThat(IngredientNames.key("Asparagus")).as("not a plural").isEqualTo("asparagus");
        assertThat(IngredientNames.key("cress")).isEqualTo("cress");
        assertThat(IngredientNames.key("Ris")).as("short words stay").isEqualTo("ris");
        assertThat(IngredientNames.key("Asparges")).isEqualTo("asparges");
        assertThat(IngredientNames.key("Hvidløg")).isEqualTo("hvidløg");
        assertThat(IngredientNames.display("frisk dild")).isEqualTo("Frisk dild");
        assertThat(IngredientNames.display("ærter")).isEqualTo("Ærter");
    }

    private static Line line(long id, String name, String quantity, Unit unit, String supplier, String cook) {
        return new Line(id, name, new BigDecimal(quantity), unit, supplier, cook);
    }

    private static String shown(Item item) {
        return item.name() + " " + item.quantity().stripTrailingZeros().toPlainString() + " " + item.unit() + " "
                + item.supplier();
    }

    @Test
    void gramsAddToKilogramsAndMillilitresToLitres() {
        List<Item> items = Aggregator.aggregate(List.of(
                line(1, "Tomatoes", "2", Unit.KG, null, "Claire"),
                line(2, "tomato", "500", Unit.G, null, "Rene"),
                line(3, "Sukker", "400", Unit.G, null, "Claire"),
                line(4, "sukker", "700", Unit.G, null, "Rene"),
                line(5, "Salt", "200", Unit.G, null, "Rene"),
                line(6, "Fløde", "0.25", Unit.L, null, "Claire"),
                line(7, "Eddike", "250", Unit.ML, null, "Claire"),
                line(8, "Citron", "4", Unit.PCS, null, "Claire"),
                line(9, "citroner", "2", Unit.PCS, null, "Rene")), Map.of());
        assertThat(items.stream().map(IngredientNamesTest::shown)).containsExactly(
                "Tomato 2.5 KG null",
                "Sukker 1.1 KG null",
                "Salt 200 G null",
                "Fløde 0.25 L null",
                "Eddike 250 ML null",
                "Citron 4 PCS null",
                "Citroner 2 PCS null");
        assertThat(items.getFirst().notes()).isEqualTo("Claire (Tomatoes: 2.0 KG) | Rene (tomato: 500.0 G)");
    }

    @Test
    void theMostPreferredSupplierWinsAndATieGoesToTheFirstAsked() {
        List<Item> items = Aggregator.aggregate(List.of(
                line(1, "Onion", "5", Unit.KG, "Grønttorvet", "Claire"),
                line(2, "Onion", "3", Unit.KG, "Inco", "Claire"),
                line(3, "onions", "1", Unit.KG, "Inco", "Rene"),
                line(4, "Garlic", "10", Unit.PCS, "Hørkram", "Rene"),
                line(5, "Garlic", "5", Unit.PCS, "Inco", "Rene"),
                line(6, "Smør", "1", Unit.KG, null, "Rene")), Map.of("Onion", "Løg", "onions", "Løg"));
        assertThat(items.stream().map(IngredientNamesTest::shown))
                .containsExactly("Løg 9 KG Inco", "Garlic 15 PCS Hørkram", "Smør 1 KG null");
        assertThat(items.getFirst().notes())
                .isEqualTo("Claire (Onion: 5.0 KG) | Claire (Onion: 3.0 KG) | Rene (onions: 1.0 KG)");
    }
}
