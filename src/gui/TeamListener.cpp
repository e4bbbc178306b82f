#include "TeamListener.h"

#include "core/storage/TeamServer.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSocketNotifier>

#include <thread>

namespace ssc {

TeamListener::TeamListener(QObject *parent) : QObject(parent) {}

TeamListener::~TeamListener()
{
    stop();
}

void TeamListener::start(const QString &url, const QString &password)
{
    stop();
    const int attempt = ++m_attempt;
    QPointer<TeamListener> self(this);
    std::thread([self, attempt, url, password] {
        auto server = TeamServer::connect(url, password);
        std::shared_ptr<TeamServer> ready;
        if (server.ok() && (*server)->listen())
            ready = std::move(*server);
        // Handed to the window's thread, which alone uses it from now on.
        QMetaObject::invokeMethod(qApp, [self, attempt, ready] {
            if (self && ready && attempt == self->m_attempt)
                self->attach(ready);
        });
    }).detach();
}

void TeamListener::stop()
{
    ++m_attempt;
    delete m_notifier;
    m_notifier = nullptr;
    m_server.reset();
}

void TeamListener::attach(std::shared_ptr<TeamServer> server)
{
    m_server = std::move(server);
    m_notifier = new QSocketNotifier(m_server->socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TeamListener::readNotices);
    emit listening();
}

void TeamListener::readNotices()
{
    if (!m_server)
        return;
    auto notices = m_server->notices();
    if (!notices.ok())
        return stop(); // the server went away; the next sync listens again
    for (const TeamServer::Notice &n : *notices)
        emit changed(n.revision, n.author);
}

} // namespace ssc
