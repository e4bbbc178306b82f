#include "core/storage/BulkLoad.h"

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

void BulkLoad::setCacheSize(qint64 size)
{
    if (!m_cacheSize)
        m_cacheSize.emplace(m_db, "cache_size");
    m_cacheSize->set(size);
}

Status BulkLoad::suspendIndexes()
{
    // The full-text triggers go (the index is rebuilt once at the end); the
    // team catalogue's marks of what changed here stay.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                               "((type = 'index' AND tbl_name IN ('initiative', "
                               "'initiative_modality', 'initiative_country', 'initiative_area', "
                               "'initiative_partner', 'funding', 'initiative_sdg')) OR "
                               "(type = 'trigger' AND tbl_name = 'initiative' AND "
                               "substr(name, 1, 5) <> 'team_'))")))
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
    // Into an empty catalogue the full-text index is built alongside, in a
    // side file beside the catalogue, and copied in at the end.
    if (!m_path.isEmpty() &&
        q.exec(QStringLiteral("SELECT (SELECT sql FROM sqlite_master WHERE name = "
                              "'initiative_fts'), NOT EXISTS (SELECT 1 FROM initiative)")) &&
        q.next() && q.value(1).toBool() && !q.value(0).toString().isEmpty()) {
        m_text = std::make_unique<ParallelTextIndex>(m_path + QStringLiteral("-fts.tmp"),
                                                     q.value(0).toString());
    }
    q.finish();
    setCacheSize(-524288);
    // The table scans for the indexes read through a memory map rather than
    // copying every page.
    m_mmapSize.emplace(m_db, "mmap_size", 4000000000);
    return success();
}

Status BulkLoad::rebuildIndexes()
{
    QSqlQuery q(m_db);
    // A small page cache makes SQLite sort each index in many small runs,
    // which worker threads sort while the scan goes on and then merge: about
    // twice as fast at a million rows as one large sort in a large cache.
    // The full-text thread merges its segments meanwhile.
    if (m_text)
        m_text->endOfRows();
    setCacheSize(-4096);
    m_threads.emplace(m_db, "threads", 4);
    for (const QString &sql : m_recreate) {
        if (!q.exec(sql))
            return failure(q.lastError().text());
    }
    setCacheSize(-524288);
    if (m_text && !m_text->abandoned()) {
        if (Status s = m_text->finishInto(m_db); !s)
            return s;
    } else if (Status s = rebuildTextIndex(); !s) {
        return s;
    }
    m_threads.reset();
    m_mmapSize.reset();
    m_cacheSize.reset();
    return success();
}

Status BulkLoad::rebuildTextIndex()
{
    QSqlQuery q(m_db);
    // A large in-memory term table while rebuilding means fewer, larger
    // segments to merge (about a third faster at a million rows); the
    // default is set back afterwards so that later edits stay small.
    const QString hashSize =
        QStringLiteral("INSERT INTO initiative_fts(initiative_fts, rank) VALUES ('hashsize', %1)");
    if (!q.exec(hashSize.arg(256 << 20)) ||
        !q.exec(QStringLiteral("INSERT INTO initiative_fts(initiative_fts) VALUES ('rebuild')")) ||
        !q.exec(hashSize.arg(1 << 20)))
        return failure(q.lastError().text());
    return success();
}

} // namespace ssc
