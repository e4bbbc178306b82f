#pragma once

#include "BoundedQueue.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <array>
#include <atomic>
#include <thread>
#include <vector>

namespace ssc {

// Builds the full-text index of rows being written in bulk into an empty
// catalogue on a second thread, in a side file of its own, so that
// tokenizing the text overlaps writing the rows (one SQLite file takes one
// writer at a time). When the rows are written, finishInto() copies the
// finished index into the catalogue inside the writer's transaction.
//
// The side file holds a table made by the catalogue's own CREATE statement,
// so its shadow tables have the catalogue's layout; it is removed when this
// object goes, finished or not.
class ParallelTextIndex
{
public:
    // The texts of one row, in the full-text table's column order.
    using Texts = std::array<QString, 5>;

    // sidePath: a file that may be overwritten; createSql: the catalogue's
    // CREATE VIRTUAL TABLE statement for initiative_fts.
    ParallelTextIndex(QString sidePath, QString createSql);
    ~ParallelTextIndex();
    ParallelTextIndex(const ParallelTextIndex &) = delete;
    ParallelTextIndex &operator=(const ParallelTextIndex &) = delete;

    // Queues a row; waits while the thread is far behind, so memory stays flat.
    void add(qint64 rowId, Texts texts);
    // Stops building, for a bulk write that turns out to remove rows too:
    // the caller rebuilds the index from the table instead.
    void abandon();
    bool abandoned() const;
    // Waits for the thread, then replaces the catalogue's full-text index
    // (empty before the bulk write) with the one built.
    Status finishInto(const QSqlDatabase &db);

private:
    struct Row
    {
        qint64 rowId;
        Texts texts;
    };
    void run();

    static constexpr size_t kBatchRows = 256;

    QString m_sidePath;
    QString m_createSql;
    std::vector<Row> m_pending;
    BoundedQueue<std::vector<Row>> m_queue{32};
    std::atomic<bool> m_abandoned = false;
    QString m_error; // set by the thread, read once it has ended
    std::thread m_thread;
};

} // namespace ssc
