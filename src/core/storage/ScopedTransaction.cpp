#include "core/storage/ScopedTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ssc {

ScopedTransaction::ScopedTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock now, waiting (busy_timeout) while
    // another connection or process writes. A deferred BEGIN reads first and
    // asks for the lock at the first write; if another writer committed in
    // between, SQLite returns "database is locked" at once without waiting,
    // since waiting could not help that transaction (issue 22, defect 8).
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = begin.lastError();
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active)
        m_db.rollback();
}

bool ScopedTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

bool ScopedTransaction::wasBusy() const
{
    // SQLITE_BUSY (5), with or without an extended code.
    const int code = m_error.nativeErrorCode().toInt();
    return (code & 0xff) == 5;
}

} // namespace ssc
