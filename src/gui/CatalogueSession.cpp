#include "CatalogueSession.h"

#include "core/index/IndexedQuery.h"

namespace ssc {

CatalogueSession::CatalogueSession(QObject *parent) : QObject(parent)
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("catalogue"));
    m_thread.start();
}

CatalogueSession::~CatalogueSession()
{
    // The store's connection belongs to the worker: close it there.
    QMetaObject::invokeMethod(
        m_context, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CatalogueSession::open(const QString &path, CatalogueStore::OpenMode mode,
                            std::function<void(QString)> done)
{
    QMetaObject::invokeMethod(m_context, [this, path, mode, done = std::move(done)] {
        QString error;
        auto store = CatalogueStore::open(path, mode);
        if (!store.ok())
            error = store.error().message;
        else if (Status s = IndexedQuery::install(**store); !s)
            error = s.error().message;
        else
            m_store = std::move(store.value());
        const bool opened = error.isEmpty();
        QMetaObject::invokeMethod(this, [this, path, opened, error, done] {
            if (opened) {
                m_open = true;
                m_path = path;
            }
            done(error);
        });
    });
}

void CatalogueSession::post(std::function<void(CatalogueStore &)> job)
{
    QMetaObject::invokeMethod(m_context, [this, job = std::move(job)] {
        if (m_store)
            job(*m_store);
    });
}

} // namespace ssc
