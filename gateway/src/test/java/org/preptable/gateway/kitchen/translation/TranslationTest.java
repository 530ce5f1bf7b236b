package org.preptable.gateway.kitchen.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.weeklymenus.MenuFixtures.fieldNames;
import static org.preptable.gateway.kitchen.weeklymenus.MenuFixtures.slotOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kitchen.weeklymenus.MenuFixtures;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.AuditTrail;
import org.preptable.gateway.testing.MutableClock;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * Translation against a real local HTTP server playing DeepL ({@link FakeDeepL}): what is sent (path, key, texts
 * in order, DA → EN), what is stored, and each way the service can fail — an error status, garbage, the wrong
 * number of translations, no answer within the time-out, a failing second batch — each a 502 with nothing written.
 */
class TranslationTest {

    static final String ROLES = "Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]";
    private static final String KEY = "test-deepl-key";

    private static FakeDeepL deepl;
    private static TestGateway gateway;
    private static ApiClient api;
    private static ApiClient headChef;
    private static ApiClient sousChef;
    private static ApiClient lineCook;
    private static MenuFixtures fixtures;
    private static long hot;
    private static long cold;

    @BeforeAll
    static void start() {
        deepl = new FakeDeepL();
        gateway = TestGateway.start(Map.of("PREPTABLE_TRANSLATE_URL", deepl.url() + "/",
                "PREPTABLE_TRANSLATE_KEY", KEY, "PREPTABLE_TRANSLATE_TIMEOUT_MS", "1000"),
                new MutableClock(Instant.parse("2026-06-03T10:00:00Z")));
        api = gateway.client();
        TestUser admin = api.admin();
        headChef = api.as(admin);
        sousChef = api.as(api.newUser("SOUS_CHEF"));
        lineCook = api.as(api.newUser("LINE_COOK"));
        fixtures = new MenuFixtures(gateway, headChef, admin.id());
        hot = fixtures.station("Hot Kitchen");
        cold = fixtures.station("Cold Kitchen");
        deepl.translates("Stegt Flæsk", "Fried pork");
        deepl.translates("Med persillesovs og kartofler", "With parsley sauce and potatoes");
    }

    @AfterAll
    static void stop() {
        gateway.close();
        deepl.close();
    }

    @BeforeEach
    void translating() {
        deepl.reset();
    }

    @Test
    void aDishIsTranslatedAndStoredWithAnAuditRow() {
        long dish = fixtures.dish(hot, "Stegt Flæsk", "Med persillesovs og kartofler", 7);
        long mark = AuditTrail.mark(gateway);

        var translated = sousChef.post("/dishes/" + dish + "/translate?lang=EN", null);

        assertThat(translated.status()).isEqualTo(200);
        JsonNode body = translated.json();
        assertThat(fieldNames(body)).containsExactly("id", "nameDA", "nameEN", "descriptionDA", "descriptionEN",
                "hasTranslation");
        assertThat(body.get("id").asLong()).isEqualTo(dish);
        assertThat(body.get("nameDA").asText()).isEqualTo("Stegt Flæsk");
        assertThat(body.get("nameEN").asText()).isEqualTo("Fried pork");
        assertThat(body.get("descriptionDA").asText()).isEqualTo("Med persillesovs og kartofler");
        assertThat(body.get("descriptionEN").asText()).isEqualTo("With parsley sauce and potatoes");
        assertThat(body.get("hasTranslation").asBoolean()).isTrue();

        assertThat(deepl.received()).hasSize(1);
        FakeDeepL.Received request = deepl.received().getFirst();
        assertThat(request.path()).isEqualTo("/v2/translate");
        assertThat(request.authorization()).isEqualTo("DeepL-Auth-Key " + KEY);
        assertThat(request.texts()).containsExactly("Stegt Flæsk", "Med persillesovs og kartofler");
        assertThat(request.body().get("source_lang").asText()).isEqualTo("DA");
        assertThat(request.body().get("target_lang").asText()).isEqualTo("EN");

        assertThat(gateway.sql().text("SELECT name_en || ' / ' || description_en FROM dishes WHERE id = ?", dish))
                .isEqualTo("Fried pork / With parsley sauce and potatoes");
        assertThat(gateway.sql().text("SELECT updated_at IS NOT NULL FROM dishes WHERE id = ?", dish)).isEqualTo("t");
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("translate dishes " + dish);
        assertThat(gateway.sql().text("SELECT before::text || ' -> ' || after::text FROM audit_log"
                + " WHERE action = 'translate' AND entity_id = ?", String.valueOf(dish)))
                .isEqualTo("{\"name_en\": null, \"description_en\": null} -> {\"name_en\": \"Fried pork\","
                        + " \"description_en\": \"With parsley sauce and potatoes\"}");

        // translated again on request, replacing what was there; "en" and no lang mean English too
        deepl.translates("Stegt Flæsk", "Crispy pork");
        assertThat(headChef.post("/dishes/" + dish + "/translate?lang=en", null).json().get("nameEN").asText())
                .isEqualTo("Crispy pork");
        assertThat(headChef.post("/dishes/" + dish + "/translate", null).status()).isEqualTo(200);
        deepl.translates("Stegt Flæsk", "Fried pork");
    }

    @Test
    void theRequestIsCheckedAndLookedUpBeforeTheServiceIsCalled() {
        long dish = fixtures.dish(hot, "Brændende Kærlighed", "Kartoffelmos med bacon og løg");

        assertThat(headChef.post("/dishes/" + dish + "/translate?lang=DE", null).assertError(400))
                .isEqualTo("Unsupported target language: DE; dishes are translated into English (EN) only");
        assertThat(headChef.post("/dishes/abc/translate", null).assertError(400)).startsWith("Invalid ID");
        assertThat(headChef.post("/dishes/999999/translate", null).assertError(404))
                .isEqualTo("Dish with ID 999999 was not found.");
        assertThat(lineCook.post("/dishes/" + dish + "/translate", null).assertError(403)).isEqualTo(ROLES);
        assertThat(api.as(api.newUser("CUSTOMER")).post("/dishes/" + dish + "/translate", null).assertError(403))
                .isEqualTo(ROLES);
        assertThat(api.post("/dishes/" + dish + "/translate", null).assertError(401))
                .isEqualTo("Missing or malformed Authorization header");
        long menu = fixtures.menu(30, 2026);
        assertThat(headChef.post("/weekly-menus/" + menu + "/translate?lang=fr", null).assertError(400))
                .startsWith("Unsupported target language: fr");
        assertThat(headChef.post("/weekly-menus/999999/translate", null).assertError(404))
                .isEqualTo("Weekly menu with ID 999999 was not found.");
        assertThat(deepl.received()).isEmpty();
    }

    @Test
    void textsTheKitchenRulesRefuseAreFittedOrRefused() {
        long dish = fixtures.dish(cold, "Mormors Æblekage", "Æbler med flødeskum og makroner");
        deepl.translates("Mormors Æblekage", "Grandma’s apple cake!");
        deepl.translates("Æbler med flødeskum og makroner", "Apples/whipped cream & \"macaroons\" ; yum");

        var translated = headChef.post("/dishes/" + dish + "/translate", null);

        assertThat(translated.json().get("nameEN").asText()).isEqualTo("Grandmas apple cake");
        assertThat(translated.json().get("descriptionEN").asText()).isEqualTo("Apples whipped cream & macaroons yum");

        long lengthy = fixtures.dish(cold, "Lang Ret", "En ret med en meget lang beskrivelse");
        deepl.translates("En ret med en meget lang beskrivelse", "A dish " + "x".repeat(200));
        long mark = AuditTrail.mark(gateway);
        assertThat(headChef.post("/dishes/" + lengthy + "/translate", null).assertError(502))
                .isEqualTo("External service unavailable: the translation of 'Lang Ret' cannot be stored"
                        + " (English description must be at most 200 characters)");
        deepl.translates("Lang Ret", "!!");
        deepl.translates("En ret med en meget lang beskrivelse", "A long one");
        assertThat(headChef.post("/dishes/" + lengthy + "/translate", null).assertError(502))
                .isEqualTo("External service unavailable: the translation of 'Lang Ret' cannot be stored"
                        + " (English name cannot be blank)");
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
        assertThat(gateway.sql().count("SELECT count(*) FROM dishes WHERE id = ? AND name_en IS NULL", lengthy))
                .isEqualTo(1);
    }

    @Test
    void aMenuIsTranslatedInOneRequestKeepingTranslationsAlreadyThere() {
        long flaesk = fixtures.dish(hot, "Stegt Flæsk", "Med persillesovs og kartofler");
        long laks = fixtures.dish(cold, "Røget Laks", "Laks med dildcreme og rugbrødschips");
        long corrected = fixtures.dish(cold, "Sild", "Marinerede sild med løg", "Pickled herring",
                "Herring with onions, as the chef wrote it", true);
        long menu = fixtures.menu(31, 2026);
        fixtures.slot(menu, "MONDAY", cold, laks);
        fixtures.slot(menu, "TUESDAY", hot, flaesk);
        fixtures.slot(menu, "WEDNESDAY", cold, corrected);
        fixtures.slot(menu, "THURSDAY", hot, flaesk);
        fixtures.slot(menu, "FRIDAY", hot, null);
        long mark = AuditTrail.mark(gateway);

        var translated = sousChef.post("/weekly-menus/" + menu + "/translate", null);

        assertThat(translated.status()).isEqualTo(200);
        assertThat(deepl.received()).hasSize(1);
        assertThat(deepl.received().getFirst().texts()).containsExactly("Stegt Flæsk", "Med persillesovs og kartofler",
                "Røget Laks", "Laks med dildcreme og rugbrødschips");
        JsonNode menuView = translated.json();
        assertThat(menuView.get("menuId").asLong()).isEqualTo(menu);
        for (JsonNode slot : menuView.get("menuSlots")) {
            if (!slot.get("menuDish").isNull()) {
                assertThat(slot.get("menuDish").get("hasTranslation").asBoolean()).isTrue();
            }
        }
        assertThat(menuView.get("menuSlots").get(0).get("menuDish").get("nameEN").asText()).isEqualTo("EN Røget Laks");
        assertThat(gateway.sql().text("SELECT description_en FROM dishes WHERE id = ?", corrected))
                .isEqualTo("Herring with onions, as the chef wrote it");
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("translate dishes " + Math.min(flaesk, laks),
                "translate dishes " + Math.max(flaesk, laks));

        // everything translated: nothing to ask
        deepl.reset();
        assertThat(headChef.post("/weekly-menus/" + menu + "/translate", null).status()).isEqualTo(200);
        assertThat(deepl.received()).isEmpty();

        long empty = fixtures.menu(32, 2026);
        assertThat(headChef.post("/weekly-menus/" + empty + "/translate", null).assertError(409))
                .isEqualTo("The menu for week 32/2026 has no dishes to translate");
        fixtures.slot(empty, "MONDAY", hot, null);
        assertThat(headChef.post("/weekly-menus/" + empty + "/translate", null).assertError(409))
                .isEqualTo("The menu for week 32/2026 has no dishes to translate");
        assertThat(lineCook.post("/weekly-menus/" + menu + "/translate", null).assertError(403)).isEqualTo(ROLES);
        assertThat(deepl.received()).isEmpty();
    }

    @Test
    void aSlotsDishIsTranslatedEvenOnAPublishedMenu() {
        long sild = fixtures.dish(cold, "Karrysild", "Sild i karrysalat på rugbrød", "Curry herring", "Old text",
                true);
        long menu = fixtures.menu(33, 2026);
        long other = fixtures.menu(34, 2026);
        long slot = fixtures.slot(menu, "MONDAY", cold, sild);
        long empty = fixtures.slot(menu, "TUESDAY", cold, null);
        long otherSlot = fixtures.slot(other, "MONDAY", cold, null);
        assertThat(headChef.post("/weekly-menus/" + menu + "/publish", null).status()).isEqualTo(200);
        long mark = AuditTrail.mark(gateway);

        var translated = headChef.post("/weekly-menus/" + menu + "/slots/" + slot + "/translate?lang=EN", null);

        assertThat(translated.status()).isEqualTo(200);
        assertThat(translated.json().get("menuStatus").asText()).isEqualTo("PUBLISHED");
        JsonNode dish = slotOf(translated.json(), slot).get("menuDish");
        assertThat(dish.get("nameEN").asText()).isEqualTo("EN Karrysild");
        assertThat(dish.get("descriptionEN").asText()).isEqualTo("EN Sild i karrysalat på rugbrød");
        assertThat(deepl.received()).hasSize(1);
        assertThat(AuditTrail.since(gateway, mark)).containsExactly("translate dishes " + sild);

        deepl.reset();
        assertThat(headChef.post("/weekly-menus/" + menu + "/slots/" + empty + "/translate", null).assertError(409))
                .isEqualTo("Slot " + empty + " has no dish to translate");
        assertThat(headChef.post("/weekly-menus/" + menu + "/slots/" + otherSlot + "/translate", null)
                .assertError(404)).isEqualTo("Slot " + otherSlot + " not found in menu " + menu);
        assertThat(headChef.post("/weekly-menus/" + menu + "/slots/0/translate", null).assertError(400))
                .startsWith("Invalid ID");
        assertThat(headChef.post("/weekly-menus/" + menu + "/slots/" + slot + "/translate?lang=DA", null)
                .assertError(400)).startsWith("Unsupported target language: DA");
        assertThat(lineCook.post("/weekly-menus/" + menu + "/slots/" + slot + "/translate", null).assertError(403))
                .isEqualTo(ROLES);
        assertThat(deepl.received()).isEmpty();
    }

    @Test
    void everyFailureOfTheServiceIsA502WithNothingWritten() {
        long flaesk = fixtures.dish(hot, "Frikadeller", "Med kartofler og brun sovs");
        long laks = fixtures.dish(cold, "Rejesalat", "Rejer med mayonnaise og citron");
        long menu = fixtures.menu(35, 2026);
        long slot = fixtures.slot(menu, "MONDAY", hot, flaesk);
        fixtures.slot(menu, "TUESDAY", cold, laks);
        String translateMenu = "/weekly-menus/" + menu + "/translate";
        long mark = AuditTrail.mark(gateway);

        Map<FakeDeepL.Mode, String> failures = Map.of(
                FakeDeepL.Mode.ERROR_STATUS, "External service unavailable: the translation service answered HTTP 456",
                FakeDeepL.Mode.GARBAGE, "External service unavailable: the translation service's answer is not JSON",
                FakeDeepL.Mode.WRONG_COUNT,
                "External service unavailable: the translation service returned 3 translations for 4 texts",
                FakeDeepL.Mode.NO_TEXT,
                "External service unavailable: the translation service returned a translation without text",
                FakeDeepL.Mode.SILENT,
                "External service unavailable: the translation service did not answer within 1000 ms");
        failures.forEach((mode, message) -> {
            deepl.mode(mode);
            assertThat(headChef.post(translateMenu, null).assertError(502)).as(mode.name()).isEqualTo(message);
        });
        deepl.mode(FakeDeepL.Mode.ERROR_STATUS);
        assertThat(headChef.post("/weekly-menus/" + menu + "/slots/" + slot + "/translate", null).assertError(502))
                .isEqualTo("External service unavailable: the translation service answered HTTP 456");
        assertThat(headChef.post("/dishes/" + laks + "/translate", null).assertError(502))
                .isEqualTo("External service unavailable: the translation service answered HTTP 456");

        assertThat(deepl.received()).hasSize(failures.size() + 2);
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
        assertThat(gateway.sql().count("SELECT count(*) FROM dishes WHERE id IN (?, ?) AND name_en IS NULL"
                + " AND description_en IS NULL AND updated_at IS NULL", flaesk, laks)).isEqualTo(2);
    }

    @Test
    void aLongMenuGoesInBatchesOfFiftyTextsAndAFailingBatchWritesNothing() {
        long menu = fixtures.menu(36, 2026);
        List<String> days = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
        for (int i = 0; i < 26; i++) {
            long dish = fixtures.dish(i % 2 == 0 ? hot : cold, "Ret nummer " + i, "Beskrivelse af ret nummer " + i);
            fixtures.slot(menu, days.get(i % days.size()), i % 2 == 0 ? hot : cold, dish);
        }
        long mark = AuditTrail.mark(gateway);

        deepl.mode(FakeDeepL.Mode.FAIL_SECOND_REQUEST);
        assertThat(headChef.post("/weekly-menus/" + menu + "/translate", null).assertError(502))
                .isEqualTo("External service unavailable: the translation service answered HTTP 503");
        assertThat(deepl.received()).hasSize(2);
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
        assertThat(gateway.sql().count("SELECT count(*) FROM dishes WHERE name_da LIKE 'Ret nummer %'"
                + " AND name_en IS NOT NULL")).isZero();

        deepl.reset();
        var translated = headChef.post("/weekly-menus/" + menu + "/translate", null);
        assertThat(translated.status()).isEqualTo(200);
        assertThat(deepl.received()).hasSize(2);
        assertThat(deepl.received().get(0).texts()).hasSize(50);
        assertThat(deepl.received().get(1).texts()).hasSize(2);
        assertThat(AuditTrail.since(gateway, mark)).hasSize(26);
        assertThat(gateway.sql().count("SELECT count(*) FROM dishes WHERE name_da LIKE 'Ret nummer %'"
                + " AND name_en = 'EN ' || name_da AND description_en = 'EN ' || description_da")).isEqualTo(26);
    }

    @Test
    void aDishEditedWhileTheServiceWorkedIsNotOverwritten() {
        long dish = fixtures.dish(hot, "Hakkebøf", "Med bløde løg og kartofler");
        deepl.beforeAnswer(() -> gateway.sql().execute(
                "UPDATE dishes SET description_da = 'Med spejlæg og bløde løg' WHERE id = ?", dish));
        long mark = AuditTrail.mark(gateway);

        assertThat(headChef.post("/dishes/" + dish + "/translate", null).assertError(409))
                .isEqualTo("Dish 'Hakkebøf' changed while it was being translated; translate it again");
        assertThat(AuditTrail.since(gateway, mark)).isEmpty();
        assertThat(gateway.sql().count("SELECT count(*) FROM dishes WHERE id = ? AND name_en IS NULL", dish))
                .isEqualTo(1);
    }

    @Test
    void theWholeFlowFromDraftToThePublicMenu() {
        long week = 37;
        long frikadeller = fixtures.dish(hot, "Frikadeller med Kartoffelsalat", "Hjemmelavede frikadeller", 1, 3);
        long salat = fixtures.dish(cold, "Grøn Salat", "Sæsonens grønne blade med vinaigrette");
        deepl.translates("Frikadeller med Kartoffelsalat", "Meatballs with potato salad");
        deepl.translates("Hjemmelavede frikadeller", "Homemade Danish meatballs");

        var created = sousChef.post("/weekly-menus", Map.of("week", week, "year", 2026));
        assertThat(created.status()).isEqualTo(201);
        long menu = created.json().get("menuId").asLong();
        long monday = fixtures.slot(menu, "MONDAY", hot, frikadeller);
        fixtures.slot(menu, "MONDAY", cold, salat);
        assertThat(sousChef.post("/weekly-menus/" + menu + "/publish", null).assertError(409))
                .isEqualTo("Cannot publish - untranslated dishes: Frikadeller med Kartoffelsalat, Grøn Salat");
        assertThat(api.get("/weekly-menus/by-week?week=37&year=2026").assertError(404))
                .isEqualTo("No menu for week 37/2026");

        assertThat(sousChef.post("/weekly-menus/" + menu + "/translate", null).status()).isEqualTo(200);
        var published = sousChef.post("/weekly-menus/" + menu + "/publish", null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("menuStatus").asText()).isEqualTo("PUBLISHED");

        var publicMenu = api.get("/weekly-menus/by-week?week=37&year=2026");
        assertThat(publicMenu.status()).isEqualTo(200);
        JsonNode dish = slotOf(publicMenu.json(), monday).get("menuDish");
        assertThat(dish.get("nameDA").asText()).isEqualTo("Frikadeller med Kartoffelsalat");
        assertThat(dish.get("nameEN").asText()).isEqualTo("Meatballs with potato salad");
        assertThat(dish.get("descriptionEN").asText()).isEqualTo("Homemade Danish meatballs");
        assertThat(dish.get("allergens")).hasSize(2);
        assertThat(publicMenu.json().get("numberOfSlots").asInt()).isEqualTo(2);

        assertThat(sousChef.put("/weekly-menus/" + menu + "/slots/" + monday, Map.of()).assertError(409))
                .isEqualTo("The menu for week 37/2026 is published; its slots cannot be changed");
        assertThat(sousChef.delete("/weekly-menus/" + menu).assertError(409))
                .isEqualTo("Cannot delete a published menu");
        assertThat(api.get("/weekly-menus/by-week?week=37&year=2026").json().get("numberOfSlots").asInt())
                .isEqualTo(2);
    }
}
