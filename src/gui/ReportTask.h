#pragma once

#include "core/query/CatalogueFilter.h"
#include "core/query/QueryTypes.h"
#include "report/Report.h"
#include "report/ReportWriter.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <optional>
#include <utility>

namespace ssc {

// What a report is made of: the catalogue, which initiatives, how.
struct ReportRequest
{
    enum class Scope
    {
        Filter,    // what the filter holds
        Selection, // rows of the filtered list, in its sort order
        Catalogue  // everything
    };
    QString cataloguePath;
    Scope scope = Scope::Filter;
    CatalogueFilter filter;
    SortOrder sort;        // of the list the rows were selected in
    std::vector<int> rows; // selected rows, for Scope::Selection
    ReportOptions options;
    ReportFormat format = ReportFormat::Pdf;
    QString output; // the file to write; empty: only build (preview)
};

// Makes one report on a thread of its own with a connection of its own, so
// the window keeps browsing while a large report is written. Progress and
// the end come as signals on the thread that made the task.
class ReportTask : public QObject
{
    Q_OBJECT
public:
    explicit ReportTask(ReportRequest request, QObject *parent = nullptr);
    // Cancels and waits for the thread.
    ~ReportTask() override;

    void start();
    void cancel();
    bool isRunning() const;
    // The report built, once finished without error; taking it leaves the
    // task's copy empty (a report on a million initiatives is large).
    const Report &report() const { return m_report; }
    Report takeReport() { return std::exchange(m_report, Report{}); }
    const ReportRequest &request() const { return m_request; }

signals:
    void progress(qint64 done, qint64 total);
    // ok false: message says why (cancelled, cannot read, cannot write).
    void finished(bool ok, const QString &message);

private:
    void run();

    ReportRequest m_request;
    Report m_report;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
};

} // namespace ssc
