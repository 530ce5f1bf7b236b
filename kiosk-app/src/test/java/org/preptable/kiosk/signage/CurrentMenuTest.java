package org.preptable.kiosk.signage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.preptable.model.kds.KitchenOrder.LineAllergen;

/** The menu wire records (DESIGN.md §3) and how their values are written for guests. */
class CurrentMenuTest {

    private static final MenuFormat DANISH = new MenuFormat(Locale.forLanguageTag("da-DK"), Currency.getInstance("DKK"));
    private static final MenuFormat AMERICAN = new MenuFormat(Locale.US, Currency.getInstance("USD"));

    @Test
    void readsTheDesignShapeAndIgnoresFieldsItDoesNotKnow() throws IOException {
        CurrentMenu menu = CurrentMenu.parse(SampleMenus.LUNCH);

        assertThat(menu.locationId()).isEqualTo("5b0e8f3c-2f6a-4a53-9d55-0c8f1f6f7a10");
        assertThat(menu.at()).isEqualTo(Instant.parse("2026-06-01T10:15:00Z"));
        assertThat(menu.daypart().name()).isEqualTo("Frokost");
        assertThat(menu.daypart().start()).contains(LocalTime.of(11, 0));
        assertThat(menu.daypart().end()).contains(LocalTime.of(14, 30));
        assertThat(menu.items()).hasSize(8);
        CurrentMenu.Item burgerMeal = menu.items().getFirst();
        assertThat(burgerMeal.isMeal()).isTrue();
        assertThat(burgerMeal.priceCents()).isEqualTo(12900);
        assertThat(burgerMeal.allergens()).extracting(LineAllergen::displayNumber).containsExactly(1, 3, 7, 10);
        assertThat(menu.items().get(5).isAvailable()).isFalse();
    }

    @Test
    void missingValuesAreReadSafely() throws IOException {
        CurrentMenu menu = CurrentMenu.parse("""
                {"daypart": null, "items": [
                  {"placement_id": "p1", "kind": "item", "name": "Kaffe", "price_cents": null},
                  {"placement_id": "p2", "kind": "item", "name": "  "},
                  null
                ]}""");

        assertThat(menu.daypart()).isNull();
        assertThat(menu.items()).as("nameless entries cannot be shown").hasSize(1);
        CurrentMenu.Item coffee = menu.items().getFirst();
        assertThat(coffee.isAvailable()).as("no flag is not sold out").isTrue();
        assertThat(coffee.allergens()).isEmpty();
        assertThat(DANISH.price(coffee.priceCents())).isEmpty();
        assertThat(CurrentMenu.parse("{}").isEmpty()).isTrue();
        assertThatThrownBy(() -> CurrentMenu.parse("null")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> CurrentMenu.parse("{\"items\": 42}")).isInstanceOf(IOException.class);
    }

    @Test
    void anOlderMenuNeverReplacesANewerOne() throws IOException {
        CurrentMenu lunch = CurrentMenu.parse(SampleMenus.LUNCH);
        CurrentMenu dinner = CurrentMenu.parse(SampleMenus.DINNER);
        CurrentMenu undated = CurrentMenu.parse("{\"items\": []}");

        assertThat(dinner.isNotOlderThan(lunch)).isTrue();
        assertThat(lunch.isNotOlderThan(dinner)).isFalse();
        assertThat(lunch.isNotOlderThan(lunch)).isTrue();
        assertThat(lunch.isNotOlderThan(null)).isTrue();
        assertThat(undated.isNotOlderThan(dinner)).as("without a time the newest arrival wins").isTrue();
        assertThat(CurrentMenu.parse(SampleMenus.LUNCH.replace("10:15:00Z", "10:16:00Z")).sameContentAs(lunch)).isTrue();
        assertThat(dinner.sameContentAs(lunch)).isFalse();
    }

    @Test
    void pricesAreWrittenTheWayMenusPrintThem() {
        assertThat(plain(DANISH.price(8900L))).isEqualTo("89 kr.");
        assertThat(plain(DANISH.price(3250L))).isEqualTo("32,50 kr.");
        assertThat(plain(DANISH.price(128950L))).isEqualTo("1.289,50 kr.");
        assertThat(plain(DANISH.price(0L))).isEqualTo("0 kr.");
        assertThat(AMERICAN.price(1250L)).isEqualTo("$12.50");
        assertThat(AMERICAN.price(1200L)).isEqualTo("$12");
        assertThat(new MenuFormat(Locale.forLanguageTag("da-DK"), Currency.getInstance("EUR")).price(995L))
                .isEqualTo("9,95\u00a0€");
    }

    @Test
    void hoursAndAllergenNamesFollowTheLocale() {
        CurrentMenu.Daypart lunch = new CurrentMenu.Daypart("d", "Frokost", "11:00:00", "14:30");
        assertThat(DANISH.hours(lunch)).isEqualTo("11.00–14.30");
        assertThat(plain(AMERICAN.hours(lunch))).isEqualTo("11:00 AM–2:30 PM");
        assertThat(DANISH.hours(new CurrentMenu.Daypart("d", "Hele dagen", null, "late"))).isEmpty();
        assertThat(DANISH.hours(null)).isEmpty();

        LineAllergen milk = new LineAllergen(107, 7, "Mælk", "Milk");
        assertThat(DANISH.allergenName(milk)).isEqualTo("Mælk");
        assertThat(AMERICAN.allergenName(milk)).isEqualTo("Milk");
        assertThat(AMERICAN.allergenName(new LineAllergen(1, 1, "Gluten", null))).as("falls back").isEqualTo("Gluten");
        assertThat(DANISH.allergenName(new LineAllergen(4, 4, " ", "Fish"))).isEqualTo("Fish");
    }

    /** The JDK's CLDR formats put no-break (and narrow no-break) spaces where a person types a space. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
