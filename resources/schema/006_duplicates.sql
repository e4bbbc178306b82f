-- Version 6: what merging duplicates leaves behind. A record merged into
-- another keeps its key as an alias of the record it went into, so links,
-- notes and briefings that cite the old key still find it. A pair the user
-- has said are not duplicates is not offered again.

CREATE TABLE initiative_alias (
    alias TEXT PRIMARY KEY,
    key TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX initiative_alias_key ON initiative_alias(key);

CREATE TABLE duplicate_dismissed (
    first TEXT NOT NULL,
    second TEXT NOT NULL,
    PRIMARY KEY (first, second)
) WITHOUT ROWID;
