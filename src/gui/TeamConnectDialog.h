#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ssc {

class TeamPasswords;

// File > Team Catalogue > Connect: the user (role) and password with which
// this copy reaches its team catalogue, tried on a thread of its own before
// they are taken. With "remember", the password goes to the system keychain
// (or ~/.pgpass where there is none: TeamPasswords); without, it serves
// this session only. Opened by itself when a sync finds no password.
class TeamConnectDialog : public QDialog
{
    Q_OBJECT
public:
    TeamConnectDialog(const QString &url, TeamPasswords *passwords, QWidget *parent = nullptr);

    // Why the dialog opened, shown above the fields.
    void setReason(const QString &reason);
    void start();
    bool isRunning() const { return m_running; }

signals:
    // The server took them; url is the copy's URL with that user; said:
    // whether the connection is encrypted and where the password was kept.
    void connected(const QString &url, const QString &user, const QString &password,
                   const QString &said);

private:
    void finished(const QString &error, bool encrypted);

    QString m_url;
    TeamPasswords *m_passwords;
    QLabel *m_reason;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_status;
    QPushButton *m_connect;
    bool m_running = false;
};

} // namespace ssc
