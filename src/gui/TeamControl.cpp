#include "TeamControl.h"

#include "CatalogueSession.h"
#include "ConflictDialog.h"
#include "TeamCloneDialog.h"
#include "TeamConnectDialog.h"
#include "TeamListener.h"
#include "TeamPasswords.h"

#include "core/team/TeamSync.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTime>

namespace ssc {

TeamControl::TeamControl(CatalogueSession *session, QWidget *window, QMenu *fileMenu)
    : QObject(window), m_session(session), m_window(window),
      m_menu(new QMenu(tr("&Team Catalogue"), fileMenu)),
      m_clone(new QAction(tr("&Clone Team Catalogue…"), this)),
      m_connect(new QAction(tr("C&onnect…"), this)), m_sync(new QAction(tr("&Sync Now"), this)),
      m_conflicts(new QAction(tr("&Review Conflicts…"), this)), m_indicator(new QLabel(window)),
      m_passwords(new TeamPasswords(this)), m_listener(new TeamListener(this))
{
    m_menu->setObjectName(QStringLiteral("menuTeam"));
    m_sync->setObjectName(QStringLiteral("actionTeamSync"));
    m_sync->setShortcut(QKeySequence(Qt::Key_F9));
    m_sync->setToolTip(tr("Send the changes made here and receive the team's"));
    m_connect->setObjectName(QStringLiteral("actionTeamConnect"));
    m_connect->setToolTip(tr("The user and password with which this copy reaches its server"));
    m_conflicts->setObjectName(QStringLiteral("actionTeamConflicts"));
    m_conflicts->setToolTip(tr("Fields changed here and in the team catalogue: choose each value"));
    m_clone->setObjectName(QStringLiteral("actionTeamClone"));
    m_clone->setToolTip(tr("Make a local copy of a team catalogue on a PostgreSQL server"));
    m_menu->addAction(m_clone);
    m_menu->addAction(m_connect);
    m_menu->addSeparator();
    m_menu->addAction(m_sync);
    m_menu->addAction(m_conflicts);
    fileMenu->insertMenu(fileMenu->actions().value(fileMenu->actions().size() - 2), m_menu);
    m_indicator->setObjectName(QStringLiteral("teamStatus"));
    m_indicator->setAccessibleName(tr("Team catalogue"));
    m_indicator->setTextFormat(Qt::RichText);
    m_indicator->hide();
    m_sync->setEnabled(false);
    m_connect->setEnabled(false);
    m_conflicts->setEnabled(false);
    connect(m_clone, &QAction::triggered, this, &TeamControl::cloneCatalogue);
    connect(m_connect, &QAction::triggered, this, [this] { connectToServer(); });
    connect(m_sync, &QAction::triggered, this, &TeamControl::syncNow);
    connect(m_conflicts, &QAction::triggered, this, &TeamControl::reviewConflicts);
    // The indicator's "Sync now" when the server has news.
    connect(m_indicator, &QLabel::linkActivated, this, &TeamControl::syncNow);
    connect(m_listener, &TeamListener::changed, this, &TeamControl::heard);
    // Every few minutes while a copy is open; a failure (offline) only says so.
    m_auto.setInterval(kAutoSyncMinutes * 60 * 1000);
    connect(&m_auto, &QTimer::timeout, this, [this] {
        if (m_linked && !m_syncing)
            syncNow();
    });
}

ConflictDialog *TeamControl::conflictDialog() const
{
    return m_window->findChild<ConflictDialog *>();
}

bool TeamControl::isListening() const
{
    return m_listener->isListening();
}

void TeamControl::refresh()
{
    struct State
    {
        Result<CatalogueStore::TeamLink> link = CatalogueStore::TeamLink{};
        int waiting = 0;
        int conflicts = 0;
    };
    m_session->ask<State>(
        [](CatalogueStore &store) {
            State s;
            s.link = store.teamLink();
            // A change bundle applied to any catalogue can leave conflicts.
            auto conflicts = store.teamConflicts();
            s.conflicts = conflicts.ok() ? int(conflicts->size()) : 0;
            if (s.link.ok() && !s.link->server.isEmpty()) {
                auto dirty = store.teamDirty();
                s.waiting = dirty.ok() ? int(dirty->size()) : 0;
            }
            return s;
        },
        [this](State s) {
            if (!s.link.ok())
                return emit told(s.link.error().message);
            // Another catalogue opened: its server, its password.
            if (s.link->server != m_link.server) {
                m_listener->stop();
                m_password = m_typed.value(s.link->server);
                m_keychainAsked.clear();
                m_heard.clear();
                m_ownPushes.clear();
            }
            m_link = *s.link;
            m_waiting = s.waiting;
            m_conflictCount = s.conflicts;
            m_heard.erase(m_heard.begin(), m_heard.upper_bound(m_link.revision));
            showState();
        });
}

void TeamControl::showState()
{
    m_linked = !m_link.server.isEmpty();
    m_sync->setEnabled(m_linked && !m_syncing);
    m_connect->setEnabled(m_linked);
    m_conflicts->setEnabled(m_conflictCount > 0);
    m_indicator->setVisible(m_linked);
    if (m_linked && !m_auto.isActive())
        m_auto.start();
    if (!m_linked) {
        m_auto.stop();
        m_listener->stop();
        return;
    }
    QStringList parts;
    parts << (m_syncing              ? tr("Team: syncing…")
              : m_lastSync.isEmpty() ? tr("Team: not synced this session")
                                     : tr("Team: synced %1").arg(m_lastSync));
    parts << tr("%n change(s) waiting", nullptr, m_waiting);
    if (m_conflictCount > 0)
        parts << tr("%n conflict(s)", nullptr, m_conflictCount);
    QString text = parts.join(QStringLiteral(" · ")).toHtmlEscaped();
    if (!m_heard.empty() && !m_syncing)
        text += QStringLiteral(" · ") +
                tr("new changes on the server by %1: <a href=\"sync\">Sync now</a> (F9)")
                    .arg(m_heard.rbegin()->second.toHtmlEscaped());
    m_indicator->setText(text);
    m_indicator->setToolTip(m_link.server);
}

void TeamControl::heard(qint64 revision, const QString &author)
{
    // This copy's own sends are announced too, and what it has is no news.
    if (m_ownPushes.count(revision) || revision <= m_link.revision)
        return;
    const bool first = m_heard.empty();
    m_heard[revision] = author;
    // While a sync runs, its end decides (refresh).
    if (m_syncing)
        return;
    if (first)
        emit told(
            tr("%1 changed the team catalogue; Sync Now (F9) takes the change here.").arg(author));
    showState();
}

void TeamControl::syncNow()
{
    if (!m_linked || m_syncing)
        return;
    // A password kept in the system keychain is read once per server;
    // without one, libpq's ~/.pgpass answers.
    if (m_password.isEmpty() && m_keychainAsked != m_link.server) {
        m_keychainAsked = m_link.server;
        m_syncing = true;
        showState();
        m_passwords->read(m_link.server, [this](const QString &password) {
            m_syncing = false;
            if (!password.isEmpty())
                m_password = password;
            runSync();
        });
        return;
    }
    runSync();
}

void TeamControl::runSync()
{
    m_syncing = true;
    showState();
    using Report = Result<TeamSync::Report>;
    m_session->ask<Report>(
        [password = m_password](CatalogueStore &store) { return TeamSync::sync(store, password); },
        [this](Report report) {
            m_syncing = false;
            if (!report.ok()) {
                if (report.error().kind == Error::Kind::Password)
                    connectToServer(tr("The team catalogue's server asks for your password to "
                                       "sync this copy (%1).")
                                        .arg(report.error().message));
                emit told(report.error().message);
                return refresh();
            }
            m_lastSync = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
            if (report->pushedRevision > 0) {
                m_ownPushes.insert(report->pushedRevision);
                m_heard.erase(report->pushedRevision);
            }
            QString said = tr("Synced: received %1, sent %2, merged %3, in "
                              "conflict %4")
                               .arg(report->received)
                               .arg(report->sent)
                               .arg(report->merged)
                               .arg(report->conflicts);
            if (!report->encrypted)
                said += tr(" (the connection is not encrypted)");
            emit told(said);
            // The server is reachable with these credentials: listen to it.
            if (!m_listener->isListening())
                m_listener->start(m_link.server, m_password);
            if (report->received + report->merged > 0)
                emit changed();
            refresh();
            if (ConflictDialog *open = conflictDialog())
                open->reload();
        });
}

TeamConnectDialog *TeamControl::connectDialog() const
{
    return m_window->findChild<TeamConnectDialog *>();
}

void TeamControl::connectToServer(const QString &reason)
{
    if (!m_linked)
        return;
    TeamConnectDialog *dialog = connectDialog();
    if (!dialog) {
        dialog = new TeamConnectDialog(m_link.server, m_passwords, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &TeamConnectDialog::connected, this,
                [this](const QString &url, const QString &user, const QString &password,
                       const QString &said) {
                    m_password = password;
                    m_typed[url] = password;
                    m_listener->stop();
                    emit told(said);
                    if (url == m_link.server)
                        return syncNow();
                    m_session->ask<Status>(
                        [user](CatalogueStore &store) { return TeamSync::changeUser(store, user); },
                        [this, url](Status s) {
                            if (!s)
                                return emit told(s.error().message);
                            m_link.server = url;
                            m_keychainAsked = url;
                            syncNow();
                        });
                });
        dialog->open();
    }
    dialog->setReason(reason);
    dialog->raise();
}

TeamCloneDialog *TeamControl::cloneDialog() const
{
    return m_window->findChild<TeamCloneDialog *>();
}

void TeamControl::cloneCatalogue()
{
    if (cloneDialog())
        return;
    auto *dialog = new TeamCloneDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &TeamCloneDialog::cloned, this,
        [this](const QString &path, const QString &url, const QString &password, bool remember) {
            m_typed[url] = password;
            emit openRequested(path);
            if (remember)
                m_passwords->save(url, password, [this](const TeamPasswords::Saved &saved) {
                    emit told(saved.said);
                });
        });
    dialog->open();
}

void TeamControl::reviewConflicts()
{
    ConflictDialog *dialog = conflictDialog();
    if (!dialog) {
        dialog = new ConflictDialog(m_session, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ConflictDialog::resolved, this, [this] {
            emit changed();
            refresh();
        });
        dialog->show();
    }
    dialog->reload();
    dialog->raise();
}

} // namespace ssc
