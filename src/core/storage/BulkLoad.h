#pragma once

#include "core/base/Result.h"
#include "core/storage/ParallelTextIndex.h"
#include "core/storage/ScopedPragma.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace ssc {

// For writing many rows at once inside one transaction: drops the secondary
// indexes and the full-text triggers, then recreates them in one
// sorted pass. The full-text index of a catalogue that was empty is built
// alongside the writing on a second thread (textIndex(): the writer hands it
// each row's texts); otherwise it is rebuilt from the rows at the end.
class BulkLoad
{
public:
    BulkLoad(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}
    Status suspendIndexes();
    Status rebuildIndexes();
    // Null unless the full-text index is being built alongside.
    ParallelTextIndex *textIndex() const { return m_text.get(); }

private:
    Error failure(const QString &detail) const;
    Status rebuildTextIndex();
    void setCacheSize(qint64 size); // PRAGMA cache_size, given back when the load ends

    QSqlDatabase m_db;
    QString m_path;
    QStringList m_recreate;
    std::unique_ptr<ParallelTextIndex> m_text;
    // Set while the load runs; the connection's own values come back when
    // the load ends, however it ends.
    std::optional<ScopedPragma> m_cacheSize, m_mmapSize, m_threads;
};

} // namespace ssc
