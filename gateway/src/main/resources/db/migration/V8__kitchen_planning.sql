-- Kitchen planning, part 1: the dish bank, dish suggestions, weekly menus, and the stored notifications their
-- decisions produce (delivered live in part 2). Numeric ids (kitchen-planning dialect); users are referenced by
-- their UUID and shown by their number.

CREATE TABLE dishes (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name_da        text        NOT NULL CHECK (length(btrim(name_da)) BETWEEN 2 AND 100),
    name_en        text                 CHECK (length(btrim(name_en)) BETWEEN 2 AND 100),
    description_da text        NOT NULL CHECK (length(btrim(description_da)) BETWEEN 5 AND 200),
    description_en text                 CHECK (length(btrim(description_en)) BETWEEN 5 AND 200),
    -- no ON DELETE: deleting a station that dishes belong to is refused (409), never cascades into the bank
    station_id     bigint      NOT NULL REFERENCES stations (id),
    active         boolean     NOT NULL DEFAULT true,
    origin_week    integer     NOT NULL CHECK (origin_week BETWEEN 1 AND 53),
    origin_year    integer     NOT NULL CHECK (origin_year BETWEEN 2020 AND 2100),
    created_by     uuid        NOT NULL REFERENCES users (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz
);
CREATE INDEX dishes_station ON dishes (station_id);
CREATE INDEX dishes_origin ON dishes (origin_year, origin_week);

CREATE TABLE dish_allergens (
    dish_id     bigint NOT NULL REFERENCES dishes (id) ON DELETE CASCADE,
    allergen_id bigint NOT NULL REFERENCES allergens (id),
    PRIMARY KEY (dish_id, allergen_id)
);
CREATE INDEX dish_allergens_allergen ON dish_allergens (allergen_id);

CREATE TABLE dish_suggestions (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name_da        text        NOT NULL CHECK (length(btrim(name_da)) BETWEEN 2 AND 100),
    description_da text        NOT NULL CHECK (length(btrim(description_da)) BETWEEN 5 AND 200),
    status         text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    feedback       text                 CHECK (length(btrim(feedback)) BETWEEN 5 AND 255),
    target_week    integer     NOT NULL CHECK (target_week BETWEEN 1 AND 53),
    target_year    integer     NOT NULL CHECK (target_year BETWEEN 2020 AND 2100),
    station_id     bigint      NOT NULL REFERENCES stations (id),
    created_by     uuid        NOT NULL REFERENCES users (id),
    reviewed_by    uuid                 REFERENCES users (id),
    reviewed_at    timestamptz,
    -- the dish an approval put in the bank
    dish_id        bigint               REFERENCES dishes (id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz
);
CREATE INDEX dish_suggestions_target ON dish_suggestions (target_year, target_week);
CREATE INDEX dish_suggestions_creator ON dish_suggestions (created_by);
CREATE INDEX dish_suggestions_station ON dish_suggestions (station_id);

CREATE TABLE dish_suggestion_allergens (
    suggestion_id bigint NOT NULL REFERENCES dish_suggestions (id) ON DELETE CASCADE,
    allergen_id   bigint NOT NULL REFERENCES allergens (id),
    PRIMARY KEY (suggestion_id, allergen_id)
);
CREATE INDEX dish_suggestion_allergens_allergen ON dish_suggestion_allergens (allergen_id);

CREATE TABLE weekly_menus (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    week_number  integer     NOT NULL CHECK (week_number BETWEEN 1 AND 53),
    year         integer     NOT NULL CHECK (year BETWEEN 2020 AND 2100),
    status       text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
    published_at timestamptz,
    published_by uuid                 REFERENCES users (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz,
    UNIQUE (year, week_number)
);

CREATE TABLE weekly_menu_slots (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    menu_id     bigint  NOT NULL REFERENCES weekly_menus (id) ON DELETE CASCADE,
    day_of_week text    NOT NULL CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
                                                        'SATURDAY', 'SUNDAY')),
    station_id  bigint  NOT NULL REFERENCES stations (id),
    -- null: a placeholder slot; no ON DELETE: a dish on a menu is deactivated, not deleted (409)
    dish_id     bigint           REFERENCES dishes (id)
);
CREATE INDEX weekly_menu_slots_menu ON weekly_menu_slots (menu_id);
CREATE INDEX weekly_menu_slots_dish ON weekly_menu_slots (dish_id);

-- Stored for the users a decision concerns; part 2 pushes them live (WebSocket, SSE) and lists them.
CREATE TABLE notifications (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type        text        NOT NULL,
    category    text        NOT NULL,
    message     text        NOT NULL,
    entity_id   bigint,
    created_at  timestamptz NOT NULL DEFAULT now(),
    read_at     timestamptz
);
CREATE INDEX notifications_user ON notifications (user_id, created_at DESC);
