#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ssc {

// A prepared statement on the SQLite connection behind a QSqlDatabase, for
// the bulk paths (writing a million rows) where QtSql's per-value overhead
// dominates. Same connection, so it shares the caller's transaction.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    static sqlite3 *handle(const QSqlDatabase &db);
    // Call before the process opens its first connection (later calls do
    // nothing). Turns off SQLite's memory statistics: they put every
    // allocation of every connection behind one lock, and with a writer,
    // a full-text thread and index sorters allocating at once, threads
    // queued on that lock about 15,000 times a second.
    static void configureLibrary();

    bool isValid() const { return m_statement != nullptr; }
    // False once preparing or a step has failed; errorText() says why.
    bool ok() const { return m_statement != nullptr && m_error.isEmpty(); }
    // Parameters are numbered from 1, as in SQLite.
    void bind(int index, const QString &text);     // a null QString binds NULL
    void bindText(int index, const QString &text); // never NULL
    // The UTF-8 bytes a text parameter is bound to, valid until it is bound
    // again.
    QByteArrayView boundText(int index) const;
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, std::optional<int> value);    // empty binds NULL
    void bind(int index, std::optional<double> value); // empty binds NULL
    void bindNull(int index);
    // Runs a statement that returns no rows, then resets it for reuse.
    bool execute();
    // Steps once: true while there is a row.
    bool next();
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    // The column's UTF-8 bytes, valid until the next step.
    std::string_view columnBytes(int column) const;
    bool columnIsNull(int column) const;
    void reset();
    QString errorText() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    std::vector<QByteArray> m_texts; // what each text parameter is bound to
};

} // namespace ssc
