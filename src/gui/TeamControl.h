#pragma once

#include "core/storage/CatalogueStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <map>
#include <set>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace ssc {

class CatalogueSession;
class ConflictDialog;

// The window's side of the team catalogue (core/team/TeamSync), for a
// catalogue that is a copy of one: File > Team Catalogue > Connect, Sync Now
// and Review Conflicts, a sync every few minutes, and a status-bar indicator
// (last sync, changes waiting, conflicts). Once a sync has reached the
// server, a listener (TeamListener) learns of the others' changes at once
// and the indicator offers to sync. Syncs run on the catalogue's thread;
// changed() tells the window to show the catalogue again.
class TeamControl : public QObject
{
    Q_OBJECT
public:
    TeamControl(CatalogueSession *session, QWidget *window, QMenu *fileMenu);

    // Reads the open catalogue's link, changes waiting and conflicts.
    void refresh();
    void syncNow();
    // File > Team Catalogue > Connect: user and password for this copy.
    void connectToServer(const QString &reason = {});
    class TeamConnectDialog *connectDialog() const;
    // Whether the server has changes this copy has not received (learnt
    // from its notices while connected).
    bool serverAhead() const { return !m_heard.empty(); }
    bool isListening() const;
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
    void showState();
    void runSync();
    void heard(qint64 revision, const QString &author);

    CatalogueSession *m_session;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_clone;
    QAction *m_connect;
    QAction *m_sync;
    QAction *m_conflicts;
    QLabel *m_indicator;
    QTimer m_auto;
    QString m_lastSync;
    class TeamPasswords *m_passwords;
    class TeamListener *m_listener;
    CatalogueStore::TeamLink m_link;
    int m_waiting = 0;
    int m_conflictCount = 0;
    // Typed in the clone or connect dialog, or read from the keychain: for
    // this session's connections only, never in the settings.
    QString m_password;
    QHash<QString, QString> m_typed; // by server, typed this session
    QString m_keychainAsked;         // the server whose keychain entry was read
    // The changes the server announced that this copy has not received, by
    // revision, with who made them; and this session's own pushes, which
    // the server announces too.
    std::map<qint64, QString> m_heard;
    std::set<qint64> m_ownPushes;
    bool m_linked = false;
    bool m_syncing = false;
};

} // namespace ssc
