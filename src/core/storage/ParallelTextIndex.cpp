#include "core/storage/ParallelTextIndex.h"

#include "core/storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ssc {

namespace {

// A term table of 8 MB in memory before each segment is written; the
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
    m_thread = std::thread([this] { run(); });
}

ParallelTextIndex::~ParallelTextIndex()
{
    abandon();
    if (m_thread.joinable())
        m_thread.join();
    QFile::remove(m_sidePath);
}

void ParallelTextIndex::add(qint64 rowId, const Texts &texts)
{
    if (m_pending.rowIds.empty()) {
        m_pending.rowIds.reserve(kBatchRows);
        m_pending.sizes.reserve(kBatchRows);
        m_pending.texts.reserve(qsizetype(kBatchRows) * 1536);
    }
    m_pending.rowIds.push_back(rowId);
    std::array<qsizetype, kTextColumns> &sizes = m_pending.sizes.emplace_back();
    for (size_t i = 0; i < texts.size(); ++i) {
        m_pending.texts.append(texts[i]);
        sizes[i] = texts[i].size();
    }
    if (m_pending.rowIds.size() == kBatchRows) {
        // Waits while the thread is far behind; after a failure or
        // abandon() the rows go nowhere (finishInto() reports a failure).
        m_queue.push(std::exchange(m_pending, {}));
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
                       "INSERT INTO initiative_fts(initiative_fts, rank) VALUES ('automerge', 0); "
                       "BEGIN")
            .arg(m_createSql)
            .arg(kBuildHashSize);
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK ||
        !exec(db, setUp) ||
        sqlite3_prepare_v2(db,
                           "INSERT INTO initiative_fts(rowid, title, summary, description, "
                           "partner_names, country_names, translation_texts) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)",
                           -1, &insert, nullptr) != SQLITE_OK) {
        fail();
    }
    while (m_error.isEmpty()) {
        const std::optional<Batch> batch = m_queue.pop();
        if (!batch)
            break; // all rows indexed, or abandoned
        const char *text = batch->texts.constData();
        for (size_t r = 0; r < batch->rowIds.size() && m_error.isEmpty(); ++r) {
            sqlite3_bind_int64(insert, 1, batch->rowIds[r]);
            for (size_t i = 0; i < batch->sizes[r].size(); ++i) {
                const qsizetype size = batch->sizes[r][i];
                sqlite3_bind_text(insert, int(i) + 2, text, int(size), SQLITE_STATIC);
                text += size;
            }
            const bool stepped = sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
            if (!stepped)
                fail();
        }
    }
    sqlite3_finalize(insert);
    // One segment. The settings live in the side file's own configuration
    // table, which is not copied: the catalogue keeps its defaults.
    if (m_error.isEmpty() && !m_abandoned &&
        !exec(db, QStringLiteral("INSERT INTO initiative_fts(initiative_fts) VALUES ('optimize'); "
                                 "COMMIT")))
        fail();
    sqlite3_close(db);
}

void ParallelTextIndex::endOfRows()
{
    if (!m_pending.rowIds.empty())
        m_queue.push(std::exchange(m_pending, {}));
    m_queue.finish();
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
    endOfRows();
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
