#include "HelpDialogs.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QShortcut>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ssc {

namespace {

QDialog *dialogWith(QWidget *window, const QString &title, QWidget *body, QSize size)
{
    auto *dialog = new QDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    body->setParent(dialog);
    layout->addWidget(body);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(size);
    dialog->show();
    return dialog;
}

} // namespace

QDialog *showUserGuide(QWidget *window)
{
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("userGuide"));
    browser->setAccessibleName(QObject::tr("User guide"));
    browser->setOpenExternalLinks(true);
    QFile guide(QStringLiteral(":/docs/USER_GUIDE.md"));
    if (guide.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        browser->setPlainText(QObject::tr("The user guide is missing from this build."));
    return dialogWith(window, QObject::tr("SSC Catalogue User Guide"), browser, {720, 640});
}

std::vector<std::pair<QString, QString>> keyboardShortcuts(const QWidget *window)
{
    std::vector<std::pair<QString, QString>> keys;
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->isSeparator())
            continue;
        keys.emplace_back(a->shortcut().toString(QKeySequence::NativeText),
                          QString(a->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    }
    for (const QShortcut *s : window->findChildren<QShortcut *>()) {
        if (s->whatsThis().isEmpty())
            continue;
        const auto key = std::pair{s->key().toString(QKeySequence::NativeText), s->whatsThis()};
        if (std::find(keys.begin(), keys.end(), key) == keys.end())
            keys.push_back(key);
    }
    // Keys the widgets handle themselves.
    keys.emplace_back(QObject::tr("Space"),
                      QObject::tr("Tick or clear the value (in a filter pane)"));
    keys.emplace_back(QObject::tr("Menu"),
                      QObject::tr("Open, copy or export the selected rows (in the results)"));
    keys.emplace_back(QObject::tr("Tab, Shift+Tab"), QObject::tr("Next or previous control"));
    keys.emplace_back(QObject::tr("Ctrl+click"),
                      QObject::tr("Add a linked value to the filter (in the details)"));
    keys.emplace_back(QObject::tr("Alt+D, Alt+S"),
                      QObject::tr("The initiative's Details and History tabs"));
    keys.emplace_back(QObject::tr("+, -, arrows, Home"),
                      QObject::tr("Zoom, move, the whole world (on the map)"));
    keys.emplace_back(QObject::tr("Arrows, Enter"),
                      QObject::tr("Pick a bar, filter by it (on a dashboard chart)"));
    return keys;
}

QDialog *showKeyboardShortcuts(QWidget *window)
{
    const auto keys = keyboardShortcuts(window);
    auto *table = new QTableWidget(int(keys.size()), 2);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(QObject::tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({QObject::tr("Key"), QObject::tr("Does")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < int(keys.size()); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(keys[size_t(row)].first));
        table->setItem(row, 1, new QTableWidgetItem(keys[size_t(row)].second));
    }
    table->resizeColumnToContents(0);
    return dialogWith(window, QObject::tr("Keyboard Shortcuts"), table, {560, 480});
}

} // namespace ssc
