#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ssc {

// File > Team Catalogue > Clone: a local copy of a team catalogue, from its
// server's URL (as libpq takes it) into a new catalogue file. A password
// typed here serves this session's connections, and is kept (keychain or
// ~/.pgpass, TeamPasswords) only when the user asks; without one, libpq's
// ~/.pgpass answers. The clone runs on a thread of its
// own; cloned() hands the new file (and the password) to the window.
class TeamCloneDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamCloneDialog(QWidget *parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }

signals:
    // remember: keep the password (system keychain, or ~/.pgpass).
    void cloned(const QString &path, const QString &url, const QString &password, bool remember);

private:
    void finished(const QString &error);

    QLineEdit *m_url;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLineEdit *m_path;
    QLabel *m_status;
    QPushButton *m_clone;
    bool m_running = false;
};

} // namespace ssc
