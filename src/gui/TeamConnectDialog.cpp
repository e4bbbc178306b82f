#include "TeamConnectDialog.h"

#include "TeamPasswords.h"

#include "core/storage/TeamServer.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <thread>

namespace ssc {

TeamConnectDialog::TeamConnectDialog(const QString &url, TeamPasswords *passwords, QWidget *parent)
    : QDialog(parent), m_url(url), m_passwords(passwords), m_reason(new QLabel(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember the password (system keychain, or ~/.pgpass where "
                                  "there is none)"),
                               this)),
      m_status(new QLabel(this)), m_connect(new QPushButton(tr("&Connect"), this))
{
    setWindowTitle(tr("Connect to the Team Catalogue"));
    const auto address = TeamServer::address(url);
    auto *server = new QLabel(
        address.ok()
            ? QStringLiteral("%1:%2 / %3").arg(address->host, address->port, address->database)
            : url,
        this);
    server->setObjectName(QStringLiteral("teamConnectServer"));
    server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setObjectName(QStringLiteral("teamConnectReason"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_user->setObjectName(QStringLiteral("teamConnectUser"));
    m_user->setText(address.ok() ? address->user : QString());
    m_password->setObjectName(QStringLiteral("teamConnectPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("teamConnectRemember"));
    m_remember->setChecked(true);
    m_status->setObjectName(QStringLiteral("teamConnectStatus"));
    m_status->setWordWrap(true);
    m_connect->setObjectName(QStringLiteral("teamConnectButton"));
    m_connect->setDefault(true);
    auto *form = new QFormLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(tr("Server:"), server);
    form->addRow(label(tr("&User:"), m_user), m_user);
    form->addRow(label(tr("&Password:"), m_password), m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_password->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamConnectDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_running)
            reject();
    });
}

void TeamConnectDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    // Room for the wrapped reason above the fields.
    resize(width(), std::max(height(), sizeHint().height()));
}

void TeamConnectDialog::start()
{
    if (m_running)
        return;
    const QString user = m_user->text().trimmed();
    if (user.isEmpty())
        return m_status->setText(tr("Give the user (role) the team catalogue's keeper gave you."));
    auto url = TeamServer::withUser(m_url, user);
    if (!url.ok())
        return m_status->setText(url.error().message);
    m_running = true;
    m_connect->setEnabled(false);
    m_status->setText(tr("Connecting…"));
    QPointer<TeamConnectDialog> self(this);
    std::thread([self, url = *url, password = m_password->text()] {
        QString error;
        bool encrypted = false;
        auto server = TeamServer::connect(url, password);
        if (!server.ok()) {
            error = server.error().message;
        } else if (Status s = (*server)->check(); !s) {
            error = s.error().message;
        } else {
            encrypted = (*server)->isEncrypted();
        }
        QMetaObject::invokeMethod(qApp, [self, error, encrypted] {
            if (self)
                self->finished(error, encrypted);
        });
    }).detach();
}

void TeamConnectDialog::finished(const QString &error, bool encrypted)
{
    m_running = false;
    m_connect->setEnabled(true);
    if (!error.isEmpty())
        return m_status->setText(error);
    const QString user = m_user->text().trimmed();
    const QString url = *TeamServer::withUser(m_url, user);
    const QString password = m_password->text();
    QString said =
        encrypted ? tr("Connected.") : tr("Connected; the connection is not encrypted (no TLS).");
    if (!m_remember->isChecked() || password.isEmpty()) {
        emit connected(url, user, password, said);
        return accept();
    }
    m_running = true;
    m_passwords->save(url, password,
                      [self = QPointer<TeamConnectDialog>(this), url, user, password,
                       said](const TeamPasswords::Saved &saved) {
                          if (!self)
                              return;
                          self->m_running = false;
                          if (!saved.ok)
                              return self->m_status->setText(saved.said);
                          emit self->connected(url, user, password,
                                               said + QLatin1Char(' ') + saved.said);
                          self->accept();
                      });
}

} // namespace ssc
