// The history side of CatalogueStore: edits with their entries in the
// history (applyEdits), and reading the history back.
#include "core/storage/CatalogueStore.h"

#include "core/domain/CatalogueValidator.h"
#include "core/storage/InitiativeWriter.h"
#include "core/storage/PreparedQuery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueStore)
};

// SQLite gets NULL for a null QString; the history's columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

Status CatalogueStore::logChange(const ChangeRecord &log)
{
    const QDateTime at = log.at.isValid() ? log.at : QDateTime::currentDateTimeUtc();
    QSqlQuery entry = execPrepared(
        m_db,
        QStringLiteral("INSERT INTO change_log (at, author, action, record, title, file, snapshot) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {at.toUTC().toString(Qt::ISODateWithMs), text(log.author),
         ChangeRecord::actionName(log.action), text(log.record), text(log.title), text(log.file),
         text(log.snapshot)});
    if (entry.lastError().isValid())
        return writeError(entry.lastError().text());
    const qint64 id = entry.lastInsertId().toLongLong();
    for (const FieldChange &f : log.fields) {
        QSqlQuery field = execPrepared(
            m_db,
            QStringLiteral(
                "INSERT INTO change_field (change_id, field, before, after) VALUES (?, ?, ?, ?)"),
            {id, text(f.field), text(f.before), text(f.after)});
        if (field.lastError().isValid())
            return writeError(field.lastError().text());
    }
    return success();
}

Status CatalogueStore::adoptHistory(const std::vector<ChangeRecord> &history,
                                    const std::vector<SavedSearchText> &searches)
{
    // An entry is the same change when it was made at the same moment by
    // the same person to the same record: a file exported from this
    // catalogue and imported back adds nothing twice.
    for (const ChangeRecord &c : history) {
        QSqlQuery have = execPrepared(
            m_db,
            QStringLiteral("SELECT 1 FROM change_log WHERE record = ? AND at = ? AND author = ? "
                           "AND action = ? LIMIT 1"),
            {text(c.record), c.at.toUTC().toString(Qt::ISODateWithMs), text(c.author),
             ChangeRecord::actionName(c.action)});
        if (have.lastError().isValid())
            return writeError(have.lastError().text());
        if (have.next())
            continue;
        if (Status s = logChange(c); !s)
            return s;
    }
    for (const SavedSearchText &s : searches) {
        QSqlQuery q = execPrepared(
            m_db, QStringLiteral("INSERT OR IGNORE INTO saved_search (name, filter) VALUES (?, ?)"),
            {s.name, s.filter});
        if (q.lastError().isValid())
            return writeError(q.lastError().text());
    }
    return success();
}

Status CatalogueStore::applyEdits(const std::vector<RecordEdit> &edits,
                                  const std::vector<Organisation> &organisations)
{
    std::map<QString, qint64> rows;
    if (Status s = checkEdits(edits, organisations, rows); !s)
        return s;
    return writeChange([&](CatalogueChange &change) -> Status {
        return writeEdits(edits, organisations, rows, change);
    });
}

Status CatalogueStore::checkEdits(const std::vector<RecordEdit> &edits,
                                  const std::vector<Organisation> &organisations,
                                  std::map<QString, qint64> &rows) const
{
    InitiativeWriter &writer = lookup();
    CatalogueContent added;
    added.organisations = organisations;
    CatalogueValidator::Existing known;
    known.source = [&writer](const QString &k) { return writer.sourceExists(k); };
    known.organisation = [&writer](const QString &k) { return writer.organisationExists(k); };
    if (Status s = CatalogueValidator::validate(added, known); !s)
        return s;
    // Each record written is checked on its own: an added one must be new,
    // a replaced or removed one must be there.
    for (const RecordEdit &e : edits) {
        const QString &id = e.initiative.id;
        const bool exists = writer.initiativeExists(id);
        if (e.kind == RecordEdit::Kind::Add && exists)
            return Error{Tr::tr("Initiative %1 already exists in the catalogue").arg(id)};
        if (e.kind != RecordEdit::Kind::Add) {
            auto row = rowIdOf(id);
            if (!row.ok())
                return row.error();
            rows[id] = *row;
        }
        if (e.kind == RecordEdit::Kind::Remove)
            continue;
        CatalogueValidator::Existing existing = known;
        existing.organisation = [&](const QString &k) {
            return writer.organisationExists(k) ||
                   std::any_of(organisations.begin(), organisations.end(),
                               [&k](const Organisation &o) { return o.id == k; });
        };
        CatalogueContent content;
        content.initiatives = {e.initiative};
        if (Status s = CatalogueValidator::validate(content, existing); !s)
            return s;
    }
    return success();
}

Status CatalogueStore::writeEdits(const std::vector<RecordEdit> &edits,
                                  const std::vector<Organisation> &organisations,
                                  std::map<QString, qint64> &rows, CatalogueChange &change)
{
    InitiativeWriter writer(m_db);
    for (const Organisation &o : organisations) {
        if (Status s = writer.addOrganisation(o); !s)
            return s;
    }
    bool added = false;
    for (const RecordEdit &e : edits) {
        if (e.kind != RecordEdit::Kind::Add) {
            if (Status s = deleteRow(rows[e.initiative.id], change); !s)
                return s;
        }
        if (e.kind != RecordEdit::Kind::Remove) {
            if (Status s = writer.addInitiative(e.initiative); !s)
                return s;
            added = true;
        }
        if (Status s = writeAliases(e); !s)
            return s;
        if (Status s = logChange(e.log); !s)
            return s;
    }
    change.rowsAdded = added;
    return success();
}

Result<std::vector<ChangeRecord>> CatalogueStore::history(const HistoryQuery &query) const
{
    QString sql = QStringLiteral(
        "SELECT id, at, author, action, record, title, file, snapshot FROM change_log WHERE 1");
    QVariantList binds;
    if (!query.record.isEmpty()) {
        sql += QStringLiteral(" AND record = ?");
        binds << query.record;
    }
    if (query.since.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        binds << query.since.toUTC().toString(Qt::ISODateWithMs);
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds << qMax(0, query.limit);
    QSqlQuery q = execPrepared(m_db, sql, binds);
    if (q.lastError().isValid())
        return readError(q);
    std::vector<ChangeRecord> entries;
    while (q.next()) {
        ChangeRecord c;
        c.id = q.value(0).toLongLong();
        c.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        c.at.setTimeSpec(Qt::UTC);
        c.author = q.value(2).toString();
        if (!ChangeRecord::actionFromName(q.value(3).toString(), c.action))
            return Error{Tr::tr("The history of %1 has an unknown action \"%2\" (entry %3)")
                             .arg(m_path, q.value(3).toString())
                             .arg(c.id),
                         Error::Kind::Catalogue};
        c.record = q.value(4).toString();
        c.title = q.value(5).toString();
        c.file = q.value(6).toString();
        c.snapshot = q.value(7).toString();
        entries.push_back(std::move(c));
    }
    for (ChangeRecord &c : entries) {
        QSqlQuery f = execPrepared(
            m_db,
            QStringLiteral("SELECT field, before, after FROM change_field WHERE change_id = ? "
                           "ORDER BY rowid"),
            {c.id});
        if (f.lastError().isValid())
            return readError(f);
        while (f.next())
            c.fields.push_back(
                {f.value(0).toString(), f.value(1).toString(), f.value(2).toString()});
    }
    return entries;
}

} // namespace ssc
