#include "TeamCloneDialog.h"

#include "core/team/TeamSync.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <thread>

namespace ssc {

TeamCloneDialog::TeamCloneDialog(QWidget *parent)
    : QDialog(parent), m_url(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember the password (system keychain, or ~/.pgpass where "
                                  "there is none)"),
                               this)),
      m_path(new QLineEdit(this)), m_status(new QLabel(this)),
      m_clone(new QPushButton(tr("&Clone"), this))
{
    setWindowTitle(tr("Clone Team Catalogue"));
    m_url->setObjectName(QStringLiteral("teamUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://name@server/ssc_team?sslmode=require"));
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    m_remember->setObjectName(QStringLiteral("teamRemember"));
    m_path->setObjectName(QStringLiteral("teamPath"));
    m_path->setText(QDir::home().filePath(QStringLiteral("team.ssccat")));
    m_status->setObjectName(QStringLiteral("teamCloneStatus"));
    m_status->setWordWrap(true);
    m_clone->setObjectName(QStringLiteral("teamCloneButton"));
    m_clone->setDefault(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Server:"), m_url), m_url);
    form->addRow(label(tr("&Password:"), m_password), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(label(tr("&Local copy:"), m_path), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_clone, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Local Copy"), m_path->text(),
                                                          tr("SSC catalogues (*.ssccat)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamCloneDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_running)
            reject();
    });
}

void TeamCloneDialog::start()
{
    if (m_running)
        return;
    const QString url = m_url->text().trimmed();
    const QString path = m_path->text().trimmed();
    const QString password = m_password->text();
    if (url.isEmpty())
        return m_status->setText(tr("Give the team catalogue's server, as its keeper gave it."));
    if (path.isEmpty() || QFileInfo::exists(path))
        return m_status->setText(tr("Choose a new file for the local copy."));
    m_running = true;
    m_clone->setEnabled(false);
    m_status->setText(tr("Cloning… a large team catalogue takes a minute."));
    // A thread of its own: the new file gets its own connection there.
    QPointer<TeamCloneDialog> self(this);
    std::thread([self, url, path, password] {
        const auto report = TeamSync::cloneTo(url, path, password);
        const QString error = report.ok() ? QString() : report.error().message;
        QMetaObject::invokeMethod(qApp, [self, error] {
            if (self)
                self->finished(error);
        });
    }).detach();
}

void TeamCloneDialog::finished(const QString &error)
{
    m_running = false;
    m_clone->setEnabled(true);
    if (!error.isEmpty())
        return m_status->setText(error);
    emit cloned(m_path->text().trimmed(), m_url->text().trimmed(), m_password->text(),
                m_remember->isChecked() && !m_password->text().isEmpty());
    accept();
}

} // namespace ssc
