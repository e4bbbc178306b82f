#include "LanguageMenu.h"

#include "core/domain/InterfaceLanguage.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace ssc {

namespace {

const QString kKey = QStringLiteral("language");

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString saved = chosen();
    auto add = [&](const QString &text, const QString &code) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(tr("System Language (%1)")
            .arg(InterfaceLanguage::nativeName(InterfaceLanguage::fromSystem())),
        QString());
    addSeparator();
    // Each in its own name, so that someone who cannot read the current
    // language still finds theirs.
    for (const QString &code : InterfaceLanguage::available())
        add(InterfaceLanguage::nativeName(code), code);
}

QString LanguageMenu::chosen()
{
    const QString code = QSettings().value(kKey).toString();
    return InterfaceLanguage::available().contains(code) ? code : QString();
}

void LanguageMenu::choose(const QString &code)
{
    if (code == chosen())
        return;
    QSettings().setValue(kKey, code);
    const QString next = code.isEmpty() ? InterfaceLanguage::fromSystem() : code;
    if (next == InterfaceLanguage::current())
        return; // already showing it (the system's, or --lang)
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("SSC Catalogue will be in %1 the next time it starts.")
                        .arg(InterfaceLanguage::nativeName(next)),
                    QMessageBox::NoButton, parentWidget());
    QPushButton *restart = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() == restart)
        emit restartWanted();
}

} // namespace ssc
