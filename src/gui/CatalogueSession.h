#pragma once

#include "core/storage/CatalogueStore.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace ssc {

// The open catalogue, owned by a worker thread: every query runs there, so
// the window never waits on SQLite or the facet index. Work is queued in
// order; each answer comes back on the GUI thread, where callers drop the
// ones a newer request has overtaken (see serial numbers in MainWindow).
class CatalogueSession : public QObject
{
    Q_OBJECT
public:
    explicit CatalogueSession(QObject *parent = nullptr);
    ~CatalogueSession() override;

    // Opens the catalogue at path (creating it if mode allows) with its facet
    // index; done(error message, or empty) on the GUI thread. The catalogue
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

private:
    void post(std::function<void(CatalogueStore &)> job);

    QThread m_thread;
    QObject *m_context = nullptr;            // lives in m_thread
    std::unique_ptr<CatalogueStore> m_store; // used on m_thread only
    bool m_open = false;
    QString m_path;
};

} // namespace ssc
