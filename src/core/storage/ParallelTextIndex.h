#pragma once

#include "core/base/BoundedQueue.h"
#include "core/base/Result.h"

#include <QByteArray>
#include <QByteArrayView>
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
// The segments are not merged while rows come in; after the last row the
// thread merges them into one (FTS5's 'optimize') while the caller builds
// its other indexes, so that merging costs no time of the writer's and the
// finished index is as compact as a rebuilt one.
//
// The side file holds a table made by the catalogue's own CREATE statement,
// so its shadow tables have the catalogue's layout; it is removed when this
// object goes, finished or not.
class ParallelTextIndex
{
public:
    // The full-text table's columns: title, summary, description,
    // partner_names, country_names, translation_texts.
    static constexpr size_t kTextColumns = 6;

    // The texts of one row as UTF-8, in the full-text table's column order;
    // add() copies them.
    using Texts = std::array<QByteArrayView, kTextColumns>;

    // sidePath: a file that may be overwritten; createSql: the catalogue's
    // CREATE VIRTUAL TABLE statement for initiative_fts.
    ParallelTextIndex(QString sidePath, QString createSql);
    ~ParallelTextIndex();
    ParallelTextIndex(const ParallelTextIndex &) = delete;
    ParallelTextIndex &operator=(const ParallelTextIndex &) = delete;

    // Queues a row; waits while the thread is far behind, so memory stays flat.
    void add(qint64 rowId, const Texts &texts);
    // No more rows will come: the thread goes on to merge its segments.
    void endOfRows();
    // Stops building, for a bulk write that turns out to remove rows too:
    // the caller rebuilds the index from the table instead.
    void abandon();
    bool abandoned() const;
    // Ends the rows if endOfRows() was not called, waits for the thread, then replaces the
    // catalogue's full-text index (empty before the bulk write) with the one built.
    Status finishInto(const QSqlDatabase &db);

private:
    // Rows go over in batches whose texts share one buffer: the thread frees
    // what this one allocated, and freeing another thread's allocations takes
    // its allocator's lock, so one free per batch rather than five per row.
    struct Batch
    {
        std::vector<qint64> rowIds;
        std::vector<std::array<qsizetype, kTextColumns>> sizes; // of each row's texts
        QByteArray texts;                                       // every row's, one after another
    };
    void run();

    static constexpr size_t kBatchRows = 256;

    QString m_sidePath;
    QString m_createSql;
    Batch m_pending;
    BoundedQueue<Batch> m_queue{32};
    std::atomic<bool> m_abandoned = false;
    QString m_error; // set by the thread, read once it has ended
    std::thread m_thread;
};

} // namespace ssc
