#include "BulkLoad.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ssc {

Error BulkLoad::failure(const QString &detail) const
{
    return Error{
        QCoreApplication::translate("CatalogueStore", "Cannot write to %1: %2").arg(m_path, detail),
        Error::Kind::Catalogue};
}

Status BulkLoad::suspendIndexes()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                               "((type = 'index' AND tbl_name IN ('initiative', "
                               "'initiative_modality', 'initiative_country', 'initiative_area', "
                               "'initiative_partner', 'funding', 'initiative_sdg')) OR "
                               "(type = 'trigger' AND name = 'initiative_fts_insert'))")))
        return failure(q.lastError().text());
    QStringList drop;
    while (q.next()) {
        const bool trigger = q.value(1).toString().startsWith(QLatin1String("CREATE TRIGGER"));
        drop << (trigger ? QStringLiteral("DROP TRIGGER ") : QStringLiteral("DROP INDEX ")) +
                    q.value(0).toString();
        m_recreate << q.value(1).toString();
    }
    for (const QString &sql : drop) {
        if (!q.exec(sql))
            return failure(q.lastError().text());
    }
    q.exec(QStringLiteral("PRAGMA cache_size = -524288"));
    return success();
}

Status BulkLoad::rebuildIndexes()
{
    QSqlQuery q(m_db);
    for (const QString &sql : m_recreate) {
        if (!q.exec(sql))
            return failure(q.lastError().text());
    }
    if (!q.exec(QStringLiteral("INSERT INTO initiative_fts(initiative_fts) VALUES ('rebuild')")))
        return failure(q.lastError().text());
    q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    return success();
}

} // namespace ssc
