-- Version 5: the history of every change made in the window or on the
-- command line (who, when, which record, each field's old and new value),
-- and saved searches. A change's fields are rows of change_field; snapshot
-- holds the record as it was before a delete or an edit (the catalogue's
-- JSON format), so that a deleted record can be read and restored.

CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    action TEXT NOT NULL,
    record TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    file TEXT NOT NULL DEFAULT '',
    snapshot TEXT NOT NULL DEFAULT ''
);

CREATE INDEX change_log_record ON change_log(record, id);

CREATE TABLE change_field (
    change_id INTEGER NOT NULL REFERENCES change_log(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL
);

CREATE INDEX change_field_change ON change_field(change_id);

CREATE TABLE saved_search (
    name TEXT PRIMARY KEY,
    filter TEXT NOT NULL
);
