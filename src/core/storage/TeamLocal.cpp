// The team side of CatalogueStore: this copy's link to a team catalogue,
// the server's records as last seen, what changed here, and conflicts.
#include "core/storage/CatalogueStore.h"

#include "core/storage/InitiativeWriter.h"
#include "core/storage/PreparedQuery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ssc {

Result<CatalogueStore::TeamLink> CatalogueStore::teamLink() const
{
    QSqlQuery q = execPrepared(
        m_db,
        QStringLiteral("SELECT key, value FROM team_link WHERE key IN ('server', 'revision')"), {});
    if (q.lastError().isValid())
        return readError(q);
    TeamLink link;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("server"))
            link.server = q.value(1).toString();
        else
            link.revision = q.value(1).toLongLong();
    }
    return link;
}

Result<std::optional<CatalogueStore::TeamBase>> CatalogueStore::teamBase(const QString &key) const
{
    QSqlQuery q = execPrepared(
        m_db, QStringLiteral("SELECT body, deleted, revision FROM team_base WHERE key = ?"), {key});
    if (q.lastError().isValid())
        return readError(q);
    if (!q.next())
        return std::optional<TeamBase>();
    return std::optional<TeamBase>(
        TeamBase{q.value(0).toString(), q.value(1).toBool(), q.value(2).toLongLong()});
}

Result<QStringList> CatalogueStore::teamDirty() const
{
    QSqlQuery q = execPrepared(m_db, QStringLiteral("SELECT key FROM team_dirty ORDER BY key"), {});
    if (q.lastError().isValid())
        return readError(q);
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    return keys;
}

Result<std::vector<CatalogueStore::TeamConflict>>
CatalogueStore::teamConflicts(const QString &key) const
{
    QSqlQuery q = execPrepared(
        m_db,
        QStringLiteral("SELECT key, field, mine, theirs, author FROM team_conflict WHERE ? = '' "
                       "OR key = ? ORDER BY key, field"),
        // A null QString binds NULL, which equals nothing.
        {key.isNull() ? QStringLiteral("") : key, key});
    if (q.lastError().isValid())
        return readError(q);
    std::vector<TeamConflict> conflicts;
    while (q.next())
        conflicts.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString()});
    return conflicts;
}

Status CatalogueStore::applyTeamStep(const TeamStep &step)
{
    std::map<QString, qint64> rows;
    if (Status s = checkEdits(step.edits, {}, rows); !s)
        return s;
    auto exec = [this](const QString &sql, const QVariantList &binds) -> Status {
        QSqlQuery q = execPrepared(m_db, sql, binds);
        return q.lastError().isValid() ? writeError(q.lastError().text()) : success();
    };
    return writeChange([&](CatalogueChange &change) -> Status {
        change.rowsAdded = false;
        // What the server sent is not a change made here.
        if (!step.madeHere) {
            if (Status s = exec(QStringLiteral("INSERT OR REPLACE INTO team_link (key, value) "
                                               "VALUES ('applying', '1')"),
                                {});
                !s)
                return s;
        }
        if (Status s = writeEdits(step.edits, {}, rows, change); !s)
            return s;
        for (const auto &[key, base] : step.bases) {
            if (Status s = exec(QStringLiteral("INSERT OR REPLACE INTO team_base (key, body, "
                                               "deleted, revision) VALUES (?, ?, ?, ?)"),
                                {key, base.body.isNull() ? QStringLiteral("") : base.body,
                                 int(base.deleted), base.revision});
                !s)
                return s;
        }
        for (const TeamConflict &c : step.conflicts) {
            if (Status s = exec(QStringLiteral("INSERT OR REPLACE INTO team_conflict (key, field, "
                                               "mine, theirs, author) VALUES (?, ?, ?, ?, ?)"),
                                {c.key, c.field, c.mine, c.theirs, c.author});
                !s)
                return s;
        }
        for (const auto &[key, field] : step.settled) {
            if (Status s =
                    exec(QStringLiteral("DELETE FROM team_conflict WHERE key = ? AND field = ?"),
                         {key, field});
                !s)
                return s;
        }
        for (const QString &key : step.sent) {
            if (Status s = exec(QStringLiteral("DELETE FROM team_dirty WHERE key = ?"), {key}); !s)
                return s;
        }
        for (const QString &key : step.dirty) {
            if (Status s = exec(QStringLiteral("INSERT OR IGNORE INTO team_dirty (key) VALUES (?)"),
                                {key});
                !s)
                return s;
        }
        if (step.link) {
            if (Status s = exec(QStringLiteral("INSERT OR REPLACE INTO team_link (key, value) "
                                               "VALUES ('server', ?), ('revision', ?)"),
                                {step.link->server, QString::number(step.link->revision)});
                !s)
                return s;
        }
        return exec(QStringLiteral("DELETE FROM team_link WHERE key = 'applying'"), {});
    });
}

Status CatalogueStore::addShared(const std::vector<Source> &sources,
                                 const std::vector<Organisation> &organisations)
{
    InitiativeWriter writer(m_db);
    std::vector<const Source *> newSources;
    for (const Source &s : sources)
        if (!writer.sourceExists(s.id))
            newSources.push_back(&s);
    std::vector<const Organisation *> newOrganisations;
    for (const Organisation &o : organisations)
        if (!writer.organisationExists(o.id))
            newOrganisations.push_back(&o);
    if (newSources.empty() && newOrganisations.empty())
        return success();
    return writeChange([&](CatalogueChange &change) -> Status {
        change.rowsAdded = false;
        for (const Source *s : newSources) {
            if (Status st = writer.addSource(*s); !st)
                return st;
        }
        for (const Organisation *o : newOrganisations) {
            if (Status st = writer.addOrganisation(*o); !st)
                return st;
        }
        return success();
    });
}

} // namespace ssc
