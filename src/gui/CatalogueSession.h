#pragma once

#include "core/index/BuildProgress.h"
#include "core/storage/CatalogueStore.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace ssc {

class IndexedQuery;

// The open catalogue, owned by a worker thread: every query runs there, so
// the window never waits on SQLite or the facet index. Work is queued in
// order; each answer comes back on the GUI thread, where callers drop the
// ones a newer request has overtaken (see serial numbers in MainWindow).
//
// A large catalogue opens at once and answers with SQL while its facet
// index is built on a thread of its own, through a connection of its own;
// the store switches to the index when it is ready (indexStateChanged).
class CatalogueSession : public QObject
{
    Q_OBJECT
public:
    enum class IndexState
    {
        None,     // no catalogue open
        Building, // answers come from SQL meanwhile
        Ready,
        Stopped, // the user stopped the build; answers come from SQL
        Failed,
    };
    Q_ENUM(IndexState)

    explicit CatalogueSession(QObject *parent = nullptr);
    ~CatalogueSession() override;

    // Opens the catalogue at path (creating it if mode allows); done(error
    // message, or empty) on the GUI thread. A current saved index is loaded
    // first; a catalogue smaller than backgroundBuildFrom() gets its index
    // before done, a larger one after, in the background. The catalogue
    // open before stays open if this one fails.
    void open(const QString &path, CatalogueStore::OpenMode mode,
              std::function<void(QString)> done);

    // Runs work with the store on the worker thread and hands its result to
    // done on the GUI thread. Nothing runs when no catalogue is open.
    template <typename R>
    void ask(std::function<R(CatalogueStore &)> work, std::function<void(R)> done)
    {
        post([this, work = std::move(work), done = std::move(done)](CatalogueStore &store) {
            auto result = std::make_shared<R>(work(store));
            QMetaObject::invokeMethod(this, [done, result] { done(std::move(*result)); });
        });
    }

    bool isOpen() const { return m_open; }
    const QString &path() const { return m_path; }
    IndexState indexState() const { return m_indexState; }

    // Starts building the open catalogue's index (again, after a stop or a
    // failure); stopIndexBuild() stops it at its next step.
    void buildIndex();
    void stopIndexBuild();

    // Catalogues with at least this many initiatives build their index in
    // the background (20,000 by default: about a second's build).
    qint64 backgroundBuildFrom() const { return m_backgroundFrom; }
    void setBackgroundBuildFrom(qint64 rows) { m_backgroundFrom = rows; }
    // Called on the builder's thread before it reports each step; false
    // stops the build. For tests that hold a build at a known point.
    void setBuildObserver(BuildProgress::Report observer) { m_observer = std::move(observer); }

signals:
    void indexProgress(int done, int total);
    // message says why a build failed.
    void indexStateChanged(ssc::CatalogueSession::IndexState state, const QString &message);

private:
    void post(std::function<void(CatalogueStore &)> job);
    void setIndexState(IndexState state, const QString &message = {});
    using BuiltIndex = std::shared_ptr<std::unique_ptr<IndexedQuery>>;
    void builderFinished(quint64 build, BuiltIndex index, const QString &error, bool stopped,
                         const QString &notice);

    QThread m_thread;
    QObject *m_context = nullptr;            // lives in m_thread
    std::unique_ptr<CatalogueStore> m_store; // used on m_thread only
    bool m_open = false;
    QString m_path;
    IndexState m_indexState = IndexState::None;
    qint64 m_backgroundFrom = 20000;
    BuildProgress::Report m_observer;
    quint64 m_build = 0; // serial of the newest build started
    std::shared_ptr<std::atomic<bool>> m_stop;
    std::vector<QThread *> m_builders; // running or finishing builds, joined on exit
};

} // namespace ssc
