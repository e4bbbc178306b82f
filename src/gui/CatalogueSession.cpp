#include "CatalogueSession.h"

#include "core/index/IndexedQuery.h"

#include <QCoreApplication>

namespace ssc {

namespace {

// What the status bar says when the index saved beside the catalogue did
// not verify and was built again: the user learns that the file was
// damaged (a disk or a copy going wrong) though nothing needs doing.
QString rebuiltNotice(const IndexedQuery *index)
{
    if (!index || index->savedIndex() != IndexedQuery::SavedIndex::Damaged)
        return {};
    return QCoreApplication::translate("CatalogueSession",
                                       "The saved index of this catalogue was damaged; it was "
                                       "built again from the catalogue, which is unharmed.");
}

} // namespace

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
    if (m_stop)
        *m_stop = true;
    for (QThread *builder : m_builders) {
        builder->wait();
        delete builder;
    }
    // The store's connection belongs to the worker: close it there.
    QMetaObject::invokeMethod(
        m_context, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CatalogueSession::open(const QString &path, CatalogueStore::OpenMode mode,
                            std::function<void(QString)> done)
{
    // A build for the catalogue open before is no longer wanted.
    if (m_stop)
        *m_stop = true;
    ++m_build;
    const qint64 backgroundFrom = m_backgroundFrom;
    QMetaObject::invokeMethod(
        m_context, [this, path, mode, backgroundFrom, done = std::move(done)] {
            QString error;
            QString damaged;
            bool background = false;
            auto store = CatalogueStore::open(path, mode);
            if (!store.ok()) {
                error = store.error().message;
            } else if (auto saved = IndexedQuery::installIfSaved(**store); !saved.ok()) {
                error = saved.error().message;
            } else if (!*saved) {
                // A small catalogue builds its index in about a second: before
                // the first answer, which then has every count at once.
                const auto count = (*store)->initiativeCount();
                if (!count.ok())
                    error = count.error().message;
                else if (*count >= backgroundFrom)
                    background = true;
                else if (Status s = IndexedQuery::install(**store); !s)
                    error = s.error().message;
                else
                    damaged = rebuiltNotice(IndexedQuery::of(**store));
            }
            if (error.isEmpty())
                m_store = std::move(store.value());
            QMetaObject::invokeMethod(this, [this, path, error, background, damaged, done] {
                if (error.isEmpty()) {
                    m_open = true;
                    m_path = path;
                    m_indexState = IndexState::None;
                    if (background)
                        buildIndex();
                    else
                        setIndexState(IndexState::Ready, damaged);
                }
                done(error);
            });
        });
}

void CatalogueSession::setIndexState(IndexState state, const QString &message)
{
    m_indexState = state;
    emit indexStateChanged(state, message);
}

void CatalogueSession::buildIndex()
{
    if (!m_open || m_indexState == IndexState::Building || m_indexState == IndexState::Ready)
        return;
    const quint64 build = ++m_build;
    auto stop = std::make_shared<std::atomic<bool>>(false);
    m_stop = stop;
    QThread *builder = QThread::create([this, build, stop, observer = m_observer, path = m_path] {
        BuildProgress progress([&](int done, int total) {
            if ((observer && !observer(done, total)) || *stop)
                return false;
            QMetaObject::invokeMethod(this, [this, build, done, total] {
                if (build == m_build)
                    emit indexProgress(done, total);
            });
            return true;
        });
        auto built = IndexedQuery::buildSeparately(path, &progress);
        auto index = std::make_shared<std::unique_ptr<IndexedQuery>>();
        QString error;
        QString notice;
        bool stopped = false;
        if (built.ok()) {
            *index = std::move(built.value());
            notice = rebuiltNotice(index->get());
        } else {
            stopped = built.error().kind == Error::Kind::Cancelled;
            error = built.error().message;
        }
        QMetaObject::invokeMethod(this, [this, build, index, error, stopped, notice] {
            builderFinished(build, index, error, stopped, notice);
        });
    });
    builder->setObjectName(QStringLiteral("index builder"));
    m_builders.push_back(builder);
    connect(builder, &QThread::finished, this, [this, builder] {
        std::erase(m_builders, builder);
        builder->deleteLater();
    });
    setIndexState(IndexState::Building);
    emit indexProgress(0, 1);
    builder->start(QThread::LowPriority);
}

void CatalogueSession::stopIndexBuild()
{
    if (m_indexState != IndexState::Building)
        return;
    // The builder stops at its next step; nobody waits for it.
    *m_stop = true;
    ++m_build;
    setIndexState(IndexState::Stopped);
}

void CatalogueSession::builderFinished(quint64 build, BuiltIndex index, const QString &error,
                                       bool stopped, const QString &notice)
{
    if (build != m_build)
        return; // another catalogue opened, or the build was stopped
    if (stopped)
        return setIndexState(IndexState::Stopped);
    if (!error.isEmpty())
        return setIndexState(IndexState::Failed, error);
    const QString path = m_path;
    post([this, build, index, path, notice](CatalogueStore &store) {
        // A write between the build's read and now leaves the index out of
        // date: build again.
        const bool adopted = store.path() == path && IndexedQuery::adopt(store, std::move(*index));
        QMetaObject::invokeMethod(this, [this, build, adopted, notice] {
            if (build != m_build)
                return;
            if (adopted)
                return setIndexState(IndexState::Ready, notice);
            m_indexState = IndexState::None;
            buildIndex();
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
