-- SSC Catalogue schema, version 1: reference tables and initiatives.
-- Statements end with ';' at the end of a line; triggers end with 'END;'.

CREATE TABLE catalogue_info (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE region (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    parent_code TEXT REFERENCES region(code)
);

CREATE TABLE country (
    code TEXT PRIMARY KEY,
    alpha3 TEXT NOT NULL,
    name TEXT NOT NULL,
    region_code TEXT REFERENCES region(code),
    subregion_code TEXT REFERENCES region(code),
    intermediate_code TEXT REFERENCES region(code)
);

CREATE TABLE sdg_goal (
    goal INTEGER PRIMARY KEY,
    short_title TEXT NOT NULL,
    title TEXT NOT NULL
);

CREATE TABLE dac_sector (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT
);

CREATE TABLE programme_area (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES programme_area(id),
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);

-- Every (ancestor, descendant) pair including (a, a): a parent area's filter
-- and count include its children through one join.
CREATE TABLE programme_area_closure (
    ancestor TEXT NOT NULL REFERENCES programme_area(id),
    descendant TEXT NOT NULL REFERENCES programme_area(id),
    PRIMARY KEY (ancestor, descendant)
) WITHOUT ROWID;
CREATE INDEX programme_area_closure_descendant ON programme_area_closure(descendant, ancestor);

CREATE TABLE programme_area_sector (
    area_id TEXT NOT NULL REFERENCES programme_area(id),
    dac_code TEXT NOT NULL,
    PRIMARY KEY (area_id, dac_code)
) WITHOUT ROWID;

CREATE TABLE source (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    url TEXT,
    date TEXT,
    publisher TEXT,
    file TEXT
);

CREATE TABLE organisation (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    acronym TEXT,
    type TEXT,
    country_code TEXT REFERENCES country(code)
);

CREATE TABLE organisation_source (
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES source(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, source_id)
) WITHOUT ROWID;

-- The *_label columns are what the results table shows and sorts by; the
-- *_names columns are what full-text search reads. Both are written with
-- the row so that a page of results is one indexed query.
CREATE TABLE initiative (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    status TEXT,
    start_date TEXT,
    end_date TEXT,
    start_year INTEGER,
    end_year INTEGER,
    activity_type TEXT,
    beneficiaries TEXT NOT NULL DEFAULT '',
    results TEXT NOT NULL DEFAULT '',
    countries_label TEXT NOT NULL DEFAULT '',
    areas_label TEXT NOT NULL DEFAULT '',
    partners_label TEXT NOT NULL DEFAULT '',
    funding_label TEXT NOT NULL DEFAULT '',
    country_names TEXT NOT NULL DEFAULT '',
    partner_names TEXT NOT NULL DEFAULT ''
);
CREATE INDEX initiative_title ON initiative(title COLLATE NOCASE, id);
CREATE INDEX initiative_status ON initiative(status, id);
CREATE INDEX initiative_activity_type ON initiative(activity_type, id);
CREATE INDEX initiative_years ON initiative(start_year, end_year, id);
CREATE INDEX initiative_end_year ON initiative(end_year, start_year, id);
CREATE INDEX initiative_countries_label ON initiative(countries_label COLLATE NOCASE, id);
CREATE INDEX initiative_areas_label ON initiative(areas_label COLLATE NOCASE, id);
CREATE INDEX initiative_partners_label ON initiative(partners_label COLLATE NOCASE, id);
CREATE INDEX initiative_funding_label ON initiative(funding_label COLLATE NOCASE, id);

CREATE TABLE initiative_modality (
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    modality TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, modality)
) WITHOUT ROWID;
CREATE INDEX initiative_modality_value ON initiative_modality(modality, initiative_id);

CREATE TABLE initiative_country (
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    country_code TEXT NOT NULL REFERENCES country(code),
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, country_code, role)
) WITHOUT ROWID;
CREATE INDEX initiative_country_value ON initiative_country(country_code, role, initiative_id);
CREATE INDEX initiative_country_role ON initiative_country(role, country_code, initiative_id);

CREATE TABLE initiative_area (
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    area_id TEXT NOT NULL REFERENCES programme_area(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, area_id)
) WITHOUT ROWID;
CREATE INDEX initiative_area_value ON initiative_area(area_id, initiative_id);

CREATE TABLE initiative_partner (
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, organisation_id, role)
) WITHOUT ROWID;
CREATE INDEX initiative_partner_value ON initiative_partner(organisation_id, initiative_id);

CREATE TABLE funding (
    id INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES organisation(id),
    amount REAL,
    currency TEXT,
    year INTEGER,
    position INTEGER NOT NULL
);
CREATE INDEX funding_initiative ON funding(initiative_id);
CREATE INDEX funding_source ON funding(source_id, initiative_id);

CREATE TABLE initiative_sdg (
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    goal INTEGER NOT NULL REFERENCES sdg_goal(goal),
    target TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, goal, target)
) WITHOUT ROWID;
CREATE INDEX initiative_sdg_value ON initiative_sdg(goal, initiative_id);

CREATE TABLE initiative_source (
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES source(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, source_id)
) WITHOUT ROWID;
