#include "core/storage/MultiRowInsert.h"

namespace ssc {

SqliteStatement &MultiRowInsert::statement(int rows)
{
    SqliteStatement &q = m_statements[size_t(rows - 1)];
    if (!q.isValid()) {
        QByteArray row = "(?";
        row += QByteArray(", ?").repeated(m_columns - 1) + ')';
        QByteArray sql = m_head + " VALUES " + row;
        for (int r = 1; r < rows; ++r)
            sql += ", " + row;
        q = SqliteStatement(m_db, sql.constData());
    }
    return q;
}

} // namespace ssc
