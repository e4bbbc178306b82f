#pragma once

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>

namespace ssc {

// Changes one of a connection's numeric PRAGMAs (cache_size, mmap_size,
// threads) for a while and gives the connection its own value back when it
// goes out of scope, on error and cancel paths too.
class ScopedPragma
{
public:
    ScopedPragma(const QSqlDatabase &db, const char *name);
    ScopedPragma(const QSqlDatabase &db, const char *name, qint64 value);
    ~ScopedPragma();
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

    void set(qint64 value);

private:
    QSqlDatabase m_db;
    QByteArray m_name;
    std::optional<qint64> m_previous; // empty when it could not be read
    bool m_changed = false;
};

} // namespace ssc
