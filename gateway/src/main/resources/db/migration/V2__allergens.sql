-- The EU-14 allergens (Regulation (EU) No 1169/2011, Annex II) with Danish and English names and the display
-- numbers 1-14 that menus and tickets print. Reference data: present on every database.

CREATE TABLE allergens (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name_da        text        NOT NULL,
    name_en        text        NOT NULL,
    description_da text,
    description_en text,
    display_number integer     NOT NULL CHECK (display_number BETWEEN 1 AND 99),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX allergens_name_da_unique ON allergens (lower(name_da));
CREATE UNIQUE INDEX allergens_name_en_unique ON allergens (lower(name_en));
CREATE UNIQUE INDEX allergens_display_number_unique ON allergens (display_number);

INSERT INTO allergens (display_number, name_da, name_en, description_da, description_en) VALUES
 (1, 'Gluten', 'Gluten', 'Korn der indeholder gluten: hvede, rug, byg, havre, spelt, kamut',
     'Cereals containing gluten: wheat, rye, barley, oats, spelt, kamut'),
 (2, 'Krebsdyr', 'Crustaceans', 'Krebsdyr og produkter heraf: rejer, krabbe, hummer, krebs',
     'Crustaceans and products thereof: shrimp, crab, lobster, crayfish'),
 (3, 'Æg', 'Eggs', 'Æg og produkter heraf', 'Eggs and products thereof'),
 (4, 'Fisk', 'Fish', 'Fisk og produkter heraf', 'Fish and products thereof'),
 (5, 'Jordnødder', 'Peanuts', 'Jordnødder og produkter heraf', 'Peanuts and products thereof'),
 (6, 'Soja', 'Soybeans', 'Sojabønner og produkter heraf', 'Soybeans and products thereof'),
 (7, 'Mælk', 'Milk', 'Mælk og produkter heraf (herunder laktose)', 'Milk and products thereof (including lactose)'),
 (8, 'Nødder', 'Nuts',
     'Træfrugt: mandler, hasselnødder, valnødder, cashewnødder, pekannødder, pistacienødder, macadamianødder',
     'Tree nuts: almonds, hazelnuts, walnuts, cashews, pecans, pistachios, macadamia'),
 (9, 'Selleri', 'Celery', 'Selleri og produkter heraf', 'Celery and products thereof'),
 (10, 'Sennep', 'Mustard', 'Sennep og produkter heraf', 'Mustard and products thereof'),
 (11, 'Sesamfrø', 'Sesame', 'Sesamfrø og produkter heraf', 'Sesame seeds and products thereof'),
 (12, 'Svovldioxid og sulfitter', 'Sulphites', 'Svovldioxid og sulfitter i koncentrationer på mere end 10mg/kg',
     'Sulphur dioxide and sulphites at concentrations of more than 10mg/kg'),
 (13, 'Lupin', 'Lupin', 'Lupin og produkter heraf', 'Lupin and products thereof'),
 (14, 'Bløddyr', 'Molluscs', 'Bløddyr og produkter heraf: muslinger, østers, blæksprutter, snegle',
     'Molluscs and products thereof: clams, mussels, oysters, scallops, squid, octopus');
