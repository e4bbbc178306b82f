#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;

namespace ssc {

class TeamServer;

// A connection of its own to the team catalogue's server that LISTENs for
// the changes others send (TeamServer::listen), so that the window learns
// of them at once and offers to sync. Connecting runs on a thread of its
// own; the notices then arrive on the window's event loop, through the
// connection's socket. A lost connection is dropped quietly: the next sync
// starts another.
class TeamListener : public QObject
{
    Q_OBJECT
public:
    explicit TeamListener(QObject *parent = nullptr);
    ~TeamListener() override;

    void start(const QString &url, const QString &password);
    void stop();
    bool isListening() const { return m_server != nullptr; }

signals:
    // The server accepted a push; its last revision, and who made it.
    void changed(qint64 revision, const QString &author);
    void listening();

private:
    void attach(std::shared_ptr<TeamServer> server);
    void readNotices();

    std::shared_ptr<TeamServer> m_server;
    QSocketNotifier *m_notifier = nullptr;
    int m_attempt = 0; // a start superseded by a later one is dropped
};

} // namespace ssc
