// Saved searches of CatalogueStore: named filters kept in the catalogue file.
#include "core/storage/CatalogueStore.h"

#include "core/query/FilterCoding.h"
#include "core/storage/PreparedQuery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueStore)
};

Status checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error{Tr::tr("A saved search needs a name")};
    return success();
}

} // namespace

Result<std::vector<CatalogueStore::SavedSearch>> CatalogueStore::savedSearches() const
{
    QSqlQuery q = execPrepared(
        m_db, QStringLiteral("SELECT name, filter FROM saved_search ORDER BY name"), {});
    if (q.lastError().isValid())
        return readError(q);
    std::vector<SavedSearch> searches;
    while (q.next()) {
        const auto filter = filterFromJson(q.value(1).toByteArray());
        if (!filter)
            return Error{
                Tr::tr("%1: the saved search \"%2\" is damaged").arg(m_path, q.value(0).toString()),
                Error::Kind::Catalogue};
        searches.push_back({q.value(0).toString(), *filter});
    }
    return searches;
}

Status CatalogueStore::saveSearch(const QString &name, const CatalogueFilter &filter)
{
    if (Status s = checkName(name); !s)
        return s;
    return writeChange([&](CatalogueChange &change) -> Status {
        change.rowsAdded = false;
        QSqlQuery q = execPrepared(
            m_db,
            QStringLiteral("INSERT OR REPLACE INTO saved_search (name, filter) VALUES (?, ?)"),
            {name.trimmed(), QString::fromUtf8(filterToJson(filter))});
        return q.lastError().isValid() ? Status(writeError(q.lastError().text())) : success();
    });
}

Status CatalogueStore::renameSearch(const QString &from, const QString &to)
{
    if (Status s = checkName(to); !s)
        return s;
    return writeChange([&](CatalogueChange &change) -> Status {
        change.rowsAdded = false;
        QSqlQuery taken = execPrepared(
            m_db, QStringLiteral("SELECT 1 FROM saved_search WHERE name = ?"), {to.trimmed()});
        if (taken.next() && to.trimmed() != from)
            return Error{Tr::tr("There is already a saved search \"%1\"").arg(to.trimmed())};
        QSqlQuery q =
            execPrepared(m_db, QStringLiteral("UPDATE saved_search SET name = ? WHERE name = ?"),
                         {to.trimmed(), from});
        if (q.lastError().isValid())
            return writeError(q.lastError().text());
        if (q.numRowsAffected() == 0)
            return Error{Tr::tr("There is no saved search \"%1\"").arg(from),
                         Error::Kind::NotFound};
        return success();
    });
}

Status CatalogueStore::removeSearch(const QString &name)
{
    return writeChange([&](CatalogueChange &change) -> Status {
        change.rowsAdded = false;
        QSqlQuery q =
            execPrepared(m_db, QStringLiteral("DELETE FROM saved_search WHERE name = ?"), {name});
        if (q.lastError().isValid())
            return writeError(q.lastError().text());
        if (q.numRowsAffected() == 0)
            return Error{Tr::tr("There is no saved search \"%1\"").arg(name),
                         Error::Kind::NotFound};
        return success();
    });
}

} // namespace ssc
