#include "TeamControl.h"

#include "CatalogueSession.h"
#include "ConflictDialog.h"
#include "TeamCloneDialog.h"

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
      m_sync(new QAction(tr("&Sync Now"), this)),
      m_conflicts(new QAction(tr("&Review Conflicts…"), this)), m_indicator(new QLabel(window))
{
    m_menu->setObjectName(QStringLiteral("menuTeam"));
    m_sync->setObjectName(QStringLiteral("actionTeamSync"));
    m_sync->setShortcut(QKeySequence(Qt::Key_F9));
    m_sync->setToolTip(tr("Send the changes made here and receive the team's"));
    m_conflicts->setObjectName(QStringLiteral("actionTeamConflicts"));
    m_conflicts->setToolTip(tr("Fields changed here and in the team catalogue: choose each value"));
    m_clone->setObjectName(QStringLiteral("actionTeamClone"));
    m_clone->setToolTip(tr("Make a local copy of a team catalogue on a PostgreSQL server"));
    m_menu->addAction(m_clone);
    m_menu->addSeparator();
    m_menu->addAction(m_sync);
    m_menu->addAction(m_conflicts);
    fileMenu->insertMenu(fileMenu->actions().value(fileMenu->actions().size() - 2), m_menu);
    m_indicator->setObjectName(QStringLiteral("teamStatus"));
    m_indicator->setAccessibleName(tr("Team catalogue"));
    m_indicator->hide();
    m_sync->setEnabled(false);
    m_conflicts->setEnabled(false);
    connect(m_clone, &QAction::triggered, this, &TeamControl::cloneCatalogue);
    connect(m_sync, &QAction::triggered, this, &TeamControl::syncNow);
    connect(m_conflicts, &QAction::triggered, this, &TeamControl::reviewConflicts);
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
            showState(*s.link, s.waiting, s.conflicts);
        });
}

void TeamControl::showState(const CatalogueStore::TeamLink &link, int waiting, int conflicts)
{
    m_linked = !link.server.isEmpty();
    m_sync->setEnabled(m_linked && !m_syncing);
    m_conflicts->setEnabled(conflicts > 0);
    m_indicator->setVisible(m_linked);
    if (m_linked && !m_auto.isActive())
        m_auto.start();
    if (!m_linked) {
        m_auto.stop();
        return;
    }
    QStringList parts;
    parts << (m_syncing              ? tr("Team: syncing…")
              : m_lastSync.isEmpty() ? tr("Team: not synced this session")
                                     : tr("Team: synced %1").arg(m_lastSync));
    parts << tr("%n change(s) waiting", nullptr, waiting);
    if (conflicts > 0)
        parts << tr("%n conflict(s)", nullptr, conflicts);
    m_indicator->setText(parts.join(QStringLiteral(" · ")));
    m_indicator->setToolTip(link.server);
}

void TeamControl::syncNow()
{
    if (!m_linked || m_syncing)
        return;
    m_syncing = true;
    m_sync->setEnabled(false);
    m_indicator->setText(tr("Team: syncing…"));
    using Report = Result<TeamSync::Report>;
    m_session->ask<Report>(
        [password = m_password](CatalogueStore &store) { return TeamSync::sync(store, password); },
        [this](Report report) {
            m_syncing = false;
            if (!report.ok()) {
                emit told(report.error().message);
                return refresh();
            }
            m_lastSync = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
            QString said = tr("Synced: received %1, sent %2, merged %3, in "
                              "conflict %4")
                               .arg(report->received)
                               .arg(report->sent)
                               .arg(report->merged)
                               .arg(report->conflicts);
            if (!report->encrypted)
                said += tr(" (the connection is not encrypted)");
            emit told(said);
            if (report->received + report->merged > 0)
                emit changed();
            refresh();
            if (ConflictDialog *open = conflictDialog())
                open->reload();
        });
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
    connect(dialog, &TeamCloneDialog::cloned, this,
            [this](const QString &path, const QString &password) {
                m_password = password;
                emit openRequested(path);
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
