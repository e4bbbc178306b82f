#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace ssc {

// Prepares sql, binds the values in order and runs it, forward-only. The
// caller checks lastError() or next(). Values never go into the SQL text.
inline QSqlQuery execPrepared(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.exec();
    return q;
}

} // namespace ssc
