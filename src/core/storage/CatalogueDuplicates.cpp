// The duplicates side of CatalogueStore: what the duplicate finder reads of
// every record, the keys merged records left behind (aliases), and the
// pairs the user has said are not duplicates.
#include "core/storage/CatalogueStore.h"

#include "core/storage/PreparedQuery.h"
#include "core/storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueStore)
};

QString textOf(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

} // namespace

Status CatalogueStore::forEachSketch(const std::function<bool(RecordSketch &&)> &visit) const
{
    // Two scans in row order, merged: the records, and their countries
    // (the junction's key starts with the row), so a million records are
    // read in one pass each without a join's lookups. Raw statements: on a
    // million rows QtSql's values cost more than the reading.
    SqliteStatement records(m_db, "SELECT id, key, iati_identifier, title, start_year, end_year, "
                                  "status = 'ongoing' FROM initiative ORDER BY id");
    SqliteStatement countries(
        m_db, "SELECT initiative_id, country_code FROM initiative_country ORDER BY initiative_id");
    if (!records.ok() || !countries.ok())
        return Error{Tr::tr("Cannot read %1: %2")
                         .arg(m_path, records.ok() ? countries.errorText() : records.errorText()),
                     Error::Kind::Catalogue};
    bool haveCountry = countries.next();
    while (records.next()) {
        RecordSketch s;
        const qint64 row = records.columnInt(0);
        s.key = textOf(records.columnBytes(1));
        s.iatiIdentifier = textOf(records.columnBytes(2));
        s.title = textOf(records.columnBytes(3));
        if (!records.columnIsNull(4))
            s.startYear = int(records.columnInt(4));
        if (!records.columnIsNull(5))
            s.endYear = int(records.columnInt(5));
        s.openEnded = !s.endYear && records.columnInt(6) != 0;
        while (haveCountry && countries.columnInt(0) < row)
            haveCountry = countries.next();
        while (haveCountry && countries.columnInt(0) == row) {
            s.countries.push_back(textOf(countries.columnBytes(1)));
            haveCountry = countries.next();
        }
        if (!visit(std::move(s)))
            return success();
    }
    if (!records.ok() || !countries.ok())
        return Error{Tr::tr("Cannot read %1: %2")
                         .arg(m_path, records.ok() ? countries.errorText() : records.errorText()),
                     Error::Kind::Catalogue};
    return success();
}

Result<QString> CatalogueStore::mergedInto(const QString &alias) const
{
    QSqlQuery q = execPrepared(
        m_db, QStringLiteral("SELECT key FROM initiative_alias WHERE alias = ?"), {alias});
    if (q.lastError().isValid())
        return readError(q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<Initiative> CatalogueStore::findInitiative(const QString &key) const
{
    auto in = initiative(key);
    if (in.ok() || in.error().kind != Error::Kind::NotFound)
        return in;
    const auto into = mergedInto(key);
    if (!into.ok())
        return into.error();
    return into->isEmpty() ? in : initiative(*into);
}

Result<std::vector<std::pair<QString, QString>>> CatalogueStore::dismissedDuplicates() const
{
    QSqlQuery q = execPrepared(
        m_db,
        QStringLiteral("SELECT first, second FROM duplicate_dismissed ORDER BY first, second"), {});
    if (q.lastError().isValid())
        return readError(q);
    std::vector<std::pair<QString, QString>> pairs;
    while (q.next())
        pairs.emplace_back(q.value(0).toString(), q.value(1).toString());
    return pairs;
}

Status CatalogueStore::dismissDuplicate(const QString &a, const QString &b)
{
    if (a == b)
        return Error{Tr::tr("A record cannot be a duplicate of itself (%1)").arg(a)};
    return writeChange([&](CatalogueChange &change) -> Status {
        change.rowsAdded = false;
        QSqlQuery q = execPrepared(
            m_db,
            QStringLiteral(
                "INSERT OR IGNORE INTO duplicate_dismissed (first, second) VALUES (?, ?)"),
            {std::min(a, b), std::max(a, b)});
        if (q.lastError().isValid())
            return writeError(q.lastError().text());
        return success();
    });
}

// Inside applyEdits' transaction.
Status CatalogueStore::writeAliases(const RecordEdit &edit)
{
    const QString &key = edit.initiative.id;
    if (edit.kind == RecordEdit::Kind::Add) {
        QSqlQuery q = execPrepared(
            m_db, QStringLiteral("DELETE FROM initiative_alias WHERE alias = ?"), {key});
        return q.lastError().isValid() ? writeError(q.lastError().text()) : success();
    }
    if (edit.kind != RecordEdit::Kind::Remove || edit.mergedInto.isEmpty())
        return success();
    for (const auto &[sql, binds] :
         {std::pair{QStringLiteral("UPDATE initiative_alias SET key = ? WHERE key = ?"),
                    QVariantList{edit.mergedInto, key}},
          std::pair{
              QStringLiteral("INSERT OR REPLACE INTO initiative_alias (alias, key) VALUES (?, ?)"),
              QVariantList{key, edit.mergedInto}}}) {
        QSqlQuery q = execPrepared(m_db, sql, binds);
        if (q.lastError().isValid())
            return writeError(q.lastError().text());
    }
    return success();
}

} // namespace ssc
