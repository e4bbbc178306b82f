-- Version 8: search finds a record by the words of its translations too
-- ("coopération" finds the French title of an English record). Like
-- partner_names, translation_texts is written with the row (every translated
-- title, summary and description, one a line), so that the full-text index
-- stays external-content over the initiative table alone. FTS5 cannot add a
-- column, so its table and triggers are made again with a sixth one and the
-- index rebuilt; the whole step is one transaction with the others.

DROP TRIGGER initiative_fts_insert;
DROP TRIGGER initiative_fts_delete;
DROP TRIGGER initiative_fts_update;
DROP TABLE initiative_fts;

ALTER TABLE initiative ADD COLUMN translation_texts TEXT NOT NULL DEFAULT '';

-- With the triggers gone, this touches the rows that have translations and
-- nothing else.
UPDATE initiative SET translation_texts = (
    SELECT group_concat(text, char(10)) FROM (
        SELECT t.text FROM initiative_translation t
        WHERE t.initiative_id = initiative.id ORDER BY t.position))
WHERE id IN (SELECT initiative_id FROM initiative_translation);

CREATE VIRTUAL TABLE initiative_fts USING fts5(
    title, summary, description, partner_names, country_names, translation_texts,
    content='initiative', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2',
    detail=none, columnsize=0
);

CREATE TRIGGER initiative_fts_insert AFTER INSERT ON initiative BEGIN
    INSERT INTO initiative_fts(rowid, title, summary, description, partner_names, country_names,
                               translation_texts)
    VALUES (new.id, new.title, new.summary, new.description, new.partner_names, new.country_names,
            new.translation_texts);
END;

CREATE TRIGGER initiative_fts_delete AFTER DELETE ON initiative BEGIN
    INSERT INTO initiative_fts(initiative_fts, rowid, title, summary, description, partner_names,
                               country_names, translation_texts)
    VALUES ('delete', old.id, old.title, old.summary, old.description, old.partner_names,
            old.country_names, old.translation_texts);
END;

CREATE TRIGGER initiative_fts_update AFTER UPDATE ON initiative BEGIN
    INSERT INTO initiative_fts(initiative_fts, rowid, title, summary, description, partner_names,
                               country_names, translation_texts)
    VALUES ('delete', old.id, old.title, old.summary, old.description, old.partner_names,
            old.country_names, old.translation_texts);
    INSERT INTO initiative_fts(rowid, title, summary, description, partner_names, country_names,
                               translation_texts)
    VALUES (new.id, new.title, new.summary, new.description, new.partner_names, new.country_names,
            new.translation_texts);
END;

-- A large term table while rebuilding means fewer segments to merge (as
-- BulkLoad rebuilds); the default afterwards keeps later edits small.
INSERT INTO initiative_fts(initiative_fts, rank) VALUES ('hashsize', 268435456);
INSERT INTO initiative_fts(initiative_fts) VALUES ('rebuild');
INSERT INTO initiative_fts(initiative_fts, rank) VALUES ('hashsize', 1048576);
