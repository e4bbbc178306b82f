-- Version 3: what IATI activities carry beyond version 1's fields: each
-- recipient country's share, triangular cooperation, the language of the
-- record's texts, and titles and descriptions in other languages.

ALTER TABLE initiative_country ADD COLUMN percentage REAL;
ALTER TABLE initiative ADD COLUMN triangular INTEGER NOT NULL DEFAULT 0;
ALTER TABLE initiative ADD COLUMN language TEXT NOT NULL DEFAULT '';

CREATE TABLE initiative_translation (
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, field, language)
) WITHOUT ROWID;
