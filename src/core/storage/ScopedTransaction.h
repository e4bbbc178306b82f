#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace ssc {

// Begins a write transaction (BEGIN IMMEDIATE) and rolls it back on
// destruction unless committed, so every early return or error leaves the
// catalogue as it was.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    // Why the transaction could not begin.
    const QSqlError &error() const { return m_error; }
    // It could not begin because another connection held the write lock for
    // longer than the busy timeout.
    bool wasBusy() const;

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QSqlError m_error;
};

} // namespace ssc
