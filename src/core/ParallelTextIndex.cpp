#include "ParallelTextIndex.h"

#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ssc {

namespace {

// A large in-memory term table means fewer, larger segments to merge (about
// a third faster at a million rows). It is set on the side file only; the
// catalogue keeps the default, so that later edits stay small.
constexpr int kBuildHashSize = 8 << 20;

QString errorOf(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

bool exec(sqlite3 *db, const QString &sql)
{
    return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

// Copies every row of one table between connections; the statements name
// the same columns in the same order.
bool copyRows(sqlite3 *from, sqlite3 *to, const char *select, const char *insert, QString &error)
{
    sqlite3_stmt *read = nullptr;
    sqlite3_stmt *write = nullptr;
    bool ok = sqlite3_prepare_v2(from, select, -1, &read, nullptr) == SQLITE_OK;
    if (!ok)
        error = errorOf(from);
    if (ok && sqlite3_prepare_v2(to, insert, -1, &write, nullptr) != SQLITE_OK) {
        error = errorOf(to);
        ok = false;
    }
    while (ok) {
        const int step = sqlite3_step(read);
        if (step == SQLITE_DONE)
            break;
        if (step != SQLITE_ROW) {
            error = errorOf(from);
            ok = false;
            break;
        }
        for (int c = 0; c < sqlite3_column_count(read); ++c)
            sqlite3_bind_value(write, c + 1, sqlite3_column_value(read, c));
        if (sqlite3_step(write) != SQLITE_DONE) {
            error = errorOf(to);
            ok = false;
        }
        sqlite3_reset(write);
    }
    sqlite3_finalize(read);
    sqlite3_finalize(write);
    return ok;
}

} // namespace

ParallelTextIndex::ParallelTextIndex(QString sidePath, QString createSql)
    : m_sidePath(std::move(sidePath)), m_createSql(std::move(createSql))
{
    QFile::remove(m_sidePath);
    m_pending.reserve(kBatchRows);
    m_thread = std::thread([this] { run(); });
}

ParallelTextIndex::~ParallelTextIndex()
{
    abandon();
    if (m_thread.joinable())
        m_thread.join();
    QFile::remove(m_sidePath);
}

void ParallelTextIndex::add(qint64 rowId, Texts texts)
{
    m_pending.push_back(Row{rowId, std::move(texts)});
    if (m_pending.size() == kBatchRows) {
        // Waits while the thread is far behind; after a failure or
        // abandon() the rows go nowhere (finishInto() reports a failure).
        m_queue.push(std::exchange(m_pending, {}));
        m_pending.reserve(kBatchRows);
    }
}

void ParallelTextIndex::run()
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *insert = nullptr;
    auto fail = [&] {
        m_error = errorOf(db);
        m_queue.stop(); // so that add() no longer waits for this thread
    };
    const QByteArray path = QFile::encodeName(m_sidePath);
    const QString setUp =
        QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; %1; "
                       "INSERT INTO initiative_fts(initiative_fts, rank) VALUES ('hashsize', %2); "
                       "BEGIN")
            .arg(m_createSql)
            .arg(kBuildHashSize);
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK ||
        !exec(db, setUp) ||
        sqlite3_prepare_v2(db,
                           "INSERT INTO initiative_fts(rowid, title, summary, description, "
                           "partner_names, country_names) VALUES (?, ?, ?, ?, ?, ?)",
                           -1, &insert, nullptr) != SQLITE_OK) {
        fail();
    }
    std::array<QByteArray, std::tuple_size_v<Texts>> utf8; // read in place by SQLite
    while (m_error.isEmpty()) {
        const std::optional<std::vector<Row>> batch = m_queue.pop();
        if (!batch)
            break; // all rows indexed, or abandoned
        for (const Row &row : *batch) {
            sqlite3_bind_int64(insert, 1, row.rowId);
            for (size_t i = 0; i < utf8.size(); ++i) {
                utf8[i] = row.texts[i].toUtf8();
                sqlite3_bind_text(insert, int(i) + 2, utf8[i].constData(), int(utf8[i].size()),
                                  SQLITE_STATIC);
            }
            const bool stepped = sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
            if (!stepped) {
                fail();
                break;
            }
        }
    }
    sqlite3_finalize(insert);
    if (m_error.isEmpty() && !m_abandoned && !exec(db, QStringLiteral("COMMIT")))
        fail();
    sqlite3_close(db);
}

void ParallelTextIndex::abandon()
{
    m_abandoned = true;
    m_queue.stop();
}

bool ParallelTextIndex::abandoned() const
{
    return m_abandoned;
}

Status ParallelTextIndex::finishInto(const QSqlDatabase &catalogue)
{
    if (!m_pending.empty())
        m_queue.push(std::exchange(m_pending, {}));
    m_queue.finish();
    if (m_thread.joinable())
        m_thread.join();
    auto failure = [this](const QString &detail) {
        return Error{QCoreApplication::translate("CatalogueStore",
                                                 "Cannot build the full-text index in %1: %2")
                         .arg(m_sidePath, detail),
                     Error::Kind::Catalogue};
    };
    if (!m_error.isEmpty())
        return failure(m_error);

    // A new table for the copied index, so that no cached state of the old,
    // empty one survives in this connection.
    QSqlQuery q(catalogue);
    for (const QString &sql : {QStringLiteral("DROP TABLE initiative_fts"), m_createSql,
                               QStringLiteral("DELETE FROM initiative_fts_data"),
                               QStringLiteral("DELETE FROM initiative_fts_idx")}) {
        if (!q.exec(sql))
            return failure(q.lastError().text());
    }
    sqlite3 *side = nullptr;
    QString error;
    if (sqlite3_open_v2(QFile::encodeName(m_sidePath).constData(), &side, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        error = errorOf(side);
    } else {
        sqlite3 *to = SqliteStatement::handle(catalogue);
        if (copyRows(side, to, "SELECT id, block FROM initiative_fts_data",
                     "INSERT INTO initiative_fts_data(id, block) VALUES (?, ?)", error))
            copyRows(side, to, "SELECT segid, term, pgno FROM initiative_fts_idx",
                     "INSERT INTO initiative_fts_idx(segid, term, pgno) VALUES (?, ?, ?)", error);
    }
    sqlite3_close(side);
    QFile::remove(m_sidePath);
    return error.isEmpty() ? success() : failure(error);
}

} // namespace ssc
