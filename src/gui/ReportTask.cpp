#include "ReportTask.h"

#include "core/storage/CatalogueStore.h"

#include <QFileInfo>
#include <QLocale>

namespace ssc {

ReportTask::ReportTask(ReportRequest request, QObject *parent)
    : QObject(parent), m_request(std::move(request))
{}

ReportTask::~ReportTask()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ReportTask::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("report"));
    m_thread->setParent(this);
    m_thread->start(QThread::LowPriority);
}

void ReportTask::cancel()
{
    m_cancel = true;
}

bool ReportTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ReportTask::run()
{
    auto finish = [this](bool ok, const QString &message) {
        QMetaObject::invokeMethod(this, [this, ok, message] { emit finished(ok, message); });
    };
    auto store =
        CatalogueStore::open(m_request.cataloguePath, CatalogueStore::OpenMode::ExistingOnly);
    if (!store.ok())
        return finish(false, store.error().message);
    const ReportBuilder builder(**store);

    const CatalogueFilter filter =
        m_request.scope == ReportRequest::Scope::Catalogue ? CatalogueFilter{} : m_request.filter;
    const bool selection = m_request.scope == ReportRequest::Scope::Selection;
    // The selected rows are positions in the list as the window sorts it.
    Result<std::vector<qint64>> all =
        (*store)->rowIds(filter, selection ? m_request.sort : SortOrder{});
    if (!all.ok())
        return finish(false, all.error().message);
    std::vector<qint64> ids;
    QString scope = builder.describe(filter);
    if (selection) {
        std::vector<int> rows = m_request.rows;
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (int row : rows) {
            if (row >= 0 && std::size_t(row) < all->size())
                ids.push_back((*all)[std::size_t(row)]);
        }
        scope = tr("%1 selected from: %2").arg(QLocale().toString(qint64(ids.size())), scope);
    } else {
        ids = std::move(all.value());
    }
    if (m_cancel)
        return finish(false, tr("Cancelled"));

    ReportOptions options = m_request.options;
    // A file of a data format gets its list on disk; a preview keeps it.
    options.listOnDisk = !m_request.output.isEmpty() && listsOnDisk(m_request.format);
    if (!m_request.output.isEmpty())
        options.temporaryFolder = QFileInfo(m_request.output).absolutePath();
    const Result<Report> report =
        builder.build(ids, scope, options, [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); });
            return !m_cancel;
        });
    if (m_cancel)
        return finish(false, tr("Cancelled"));
    if (!report.ok())
        return finish(false, report.error().message);
    m_report = std::move(report.value());
    // The file appears whole or not at all: cancelled while the list is
    // written, the partial file is removed (and the list's file goes with
    // the report).
    if (!m_request.output.isEmpty()) {
        m_report.options.cancelled = [this] { return m_cancel.load(); };
        const Status s = writeReport(m_report, m_request.format, m_request.output);
        m_report.options.cancelled = nullptr; // the report outlives the task
        // A cancel that came after the file was put in place does not undo
        // it: the file is whole, and said to be written.
        if (!s.ok()) {
            m_report = Report{}; // its list file goes now
            return finish(false, m_cancel || s.error().kind == Error::Kind::Cancelled
                                     ? tr("Cancelled")
                                     : s.error().message);
        }
    }
    finish(true, QString());
}

} // namespace ssc
