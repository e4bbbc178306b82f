#pragma once

#include "core/storage/CatalogueStore.h"

#include <QObject>
#include <QTimer>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace ssc {

class CatalogueSession;
class ConflictDialog;

// The window's side of the team catalogue (core/team/TeamSync), for a
// catalogue that is a copy of one: File > Team Catalogue > Sync Now and
// Review Conflicts, a sync every few minutes, and a status-bar indicator
// (last sync, changes waiting, conflicts). Syncs run on the catalogue's
// thread; changed() tells the window to show the catalogue again.
class TeamControl : public QObject
{
    Q_OBJECT
public:
    TeamControl(CatalogueSession *session, QWidget *window, QMenu *fileMenu);

    // Reads the open catalogue's link, changes waiting and conflicts.
    void refresh();
    void syncNow();
    // File > Team Catalogue > Clone: the dialog, while it is open.
    void cloneCatalogue();
    class TeamCloneDialog *cloneDialog() const;
    void reviewConflicts();
    ConflictDialog *conflictDialog() const;
    QLabel *indicator() const { return m_indicator; }
    bool isSyncing() const { return m_syncing; }
    // Minutes between syncs while a copy is open (0: none).
    static constexpr int kAutoSyncMinutes = 5;

signals:
    void changed();
    // A copy was cloned: the window opens it.
    void openRequested(const QString &path);
    void told(const QString &message);

private:
    void showState(const CatalogueStore::TeamLink &link, int waiting, int conflicts);

    CatalogueSession *m_session;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_clone;
    QAction *m_sync;
    QAction *m_conflicts;
    QLabel *m_indicator;
    QTimer m_auto;
    QString m_lastSync;
    QString m_password; // typed in the clone dialog: this session only
    bool m_linked = false;
    bool m_syncing = false;
};

} // namespace ssc
