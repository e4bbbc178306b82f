#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace ssc {

// For writing many rows at once inside one transaction: drops the secondary
// indexes and the full-text trigger, then recreates the indexes in one
// sorted pass and rebuilds the full-text index from the rows.
class BulkLoad
{
public:
    BulkLoad(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}
    Status suspendIndexes();
    Status rebuildIndexes();

private:
    Error failure(const QString &detail) const;

    QSqlDatabase m_db;
    QString m_path;
    QStringList m_recreate;
};

} // namespace ssc
