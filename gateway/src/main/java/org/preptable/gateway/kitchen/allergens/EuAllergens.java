package org.preptable.gateway.kitchen.allergens;

import java.util.List;

/**
 * The EU-14 allergens exactly as {@code V2__allergens.sql} inserts them, for {@code POST /allergens/seed} on a
 * database whose allergens were all deleted. Inserted as they are: number 12 has a "/" that the text rules refuse.
 */
final class EuAllergens {

    static final List<AllergenInput> ALL = List.of(
            new AllergenInput("Gluten", "Gluten", "Korn der indeholder gluten: hvede, rug, byg, havre, spelt, kamut",
                    "Cereals containing gluten: wheat, rye, barley, oats, spelt, kamut", 1),
            new AllergenInput("Krebsdyr", "Crustaceans", "Krebsdyr og produkter heraf: rejer, krabbe, hummer, krebs",
                    "Crustaceans and products thereof: shrimp, crab, lobster, crayfish", 2),
            new AllergenInput("Æg", "Eggs", "Æg og produkter heraf", "Eggs and products thereof", 3),
            new AllergenInput("Fisk", "Fish", "Fisk og produkter heraf", "Fish and products thereof", 4),
            new AllergenInput("Jordnødder", "Peanuts", "Jordnødder og produkter heraf",
                    "Peanuts and products thereof", 5),
            new AllergenInput("Soja", "Soybeans", "Sojabønner og produkter heraf", "Soybeans and products thereof", 6),
            new AllergenInput("Mælk", "Milk", "Mælk og produkter heraf (herunder laktose)",
                    "Milk and products thereof (including lactose)", 7),
            new AllergenInput("Nødder", "Nuts", "Træfrugt: mandler, hasselnødder, valnødder, cashewnødder,"
                    + " pekannødder, pistacienødder, macadamianødder",
                    "Tree nuts: almonds, hazelnuts, walnuts, cashews, pecans, pistachios, macadamia", 8),
            new AllergenInput("Selleri", "Celery", "Selleri og produkter heraf", "Celery and products thereof", 9),
            new AllergenInput("Sennep", "Mustard", "Sennep og produkter heraf", "Mustard and products thereof", 10),
            new AllergenInput("Sesamfrø", "Sesame", "Sesamfrø og produkter heraf",
                    "Sesame seeds and products thereof", 11),
            new AllergenInput("Svovldioxid og sulfitter", "Sulphites",
                    "Svovldioxid og sulfitter i koncentrationer på mere end 10mg/kg",
                    "Sulphur dioxide and sulphites at concentrations of more than 10mg/kg", 12),
            new AllergenInput("Lupin", "Lupin", "Lupin og produkter heraf", "Lupin and products thereof", 13),
            new AllergenInput("Bløddyr", "Molluscs", "Bløddyr og produkter heraf: muslinger, østers, blæksprutter,"
                    + " snegle", "Molluscs and products thereof: clams, mussels, oysters, scallops, squid, octopus",
                    14));

    private EuAllergens() {
    }
}
