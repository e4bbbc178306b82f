#pragma once

#include <QSqlDatabase>

namespace ssc {

// Begins a transaction and rolls it back on destruction unless committed, so
// every early return or error leaves the catalogue as it was.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace ssc
