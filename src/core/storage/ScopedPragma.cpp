#include "core/storage/ScopedPragma.h"

#include "core/storage/SqliteStatement.h"

namespace ssc {

ScopedPragma::ScopedPragma(const QSqlDatabase &db, const char *name) : m_db(db), m_name(name)
{
    SqliteStatement current(m_db, ("PRAGMA " + m_name).constData());
    if (current.next())
        m_previous = current.columnInt(0);
}

ScopedPragma::ScopedPragma(const QSqlDatabase &db, const char *name, qint64 value)
    : ScopedPragma(db, name)
{
    set(value);
}

ScopedPragma::~ScopedPragma()
{
    if (m_changed && m_previous) {
        const QByteArray sql = "PRAGMA " + m_name + " = " + QByteArray::number(*m_previous);
        SqliteStatement(m_db, sql.constData()).execute();
    }
}

void ScopedPragma::set(qint64 value)
{
    const QByteArray sql = "PRAGMA " + m_name + " = " + QByteArray::number(value);
    SqliteStatement(m_db, sql.constData()).execute();
    m_changed = true;
}

} // namespace ssc
