#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ssc {

// File > Team Catalogue > Clone: a local copy of a team catalogue, from its
// server's URL (as libpq takes it) into a new catalogue file. A password
// typed here is used for this session's connections only and never stored;
// without one, libpq's ~/.pgpass answers. The clone runs on a thread of its
// own; cloned() hands the new file (and the password) to the window.
class TeamCloneDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamCloneDialog(QWidget *parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }

signals:
    void cloned(const QString &path, const QString &password);

private:
    void finished(const QString &error);

    QLineEdit *m_url;
    QLineEdit *m_password;
    QLineEdit *m_path;
    QLabel *m_status;
    QPushButton *m_clone;
    bool m_running = false;
};

} // namespace ssc
