-- Version 7: this copy's link to a team catalogue on a server. team_link
-- holds the server and the revision up to which its changes are here;
-- team_base each record as the server had it when last seen (the base of a
-- three-way merge); team_dirty the records changed here since they were last
-- sent; team_conflict the fields changed on both sides, with both values,
-- until the user settles them. The triggers mark a record changed whenever
-- it is written here, except while a sync writes what the server sent
-- (team_link 'applying').

CREATE TABLE team_link (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE team_base (
    key TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    revision INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE team_dirty (
    key TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE team_conflict (
    key TEXT NOT NULL,
    field TEXT NOT NULL,
    mine TEXT NOT NULL,
    theirs TEXT NOT NULL,
    author TEXT NOT NULL,
    PRIMARY KEY (key, field)
) WITHOUT ROWID;

CREATE TRIGGER team_dirty_insert AFTER INSERT ON initiative
WHEN EXISTS (SELECT 1 FROM team_link WHERE key = 'server')
     AND NOT EXISTS (SELECT 1 FROM team_link WHERE key = 'applying')
BEGIN
    INSERT OR IGNORE INTO team_dirty (key) VALUES (new.key);
END;

CREATE TRIGGER team_dirty_delete AFTER DELETE ON initiative
WHEN EXISTS (SELECT 1 FROM team_link WHERE key = 'server')
     AND NOT EXISTS (SELECT 1 FROM team_link WHERE key = 'applying')
BEGIN
    INSERT OR IGNORE INTO team_dirty (key) VALUES (old.key);
END;
