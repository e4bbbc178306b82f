// The window without a mouse: F6 moves between its areas, Tab leaves the
// results table, and no two mnemonics of the window clash.
#include "WindowTestSupport.h"

#include "gui/InitiativeDetailsView.h"
#include "gui/Preferences.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTabBar>
#include <QTableView>

using namespace ssc;
using namespace ssc::test;

namespace {

bool focusIn(const QWidget *area)
{
    const QWidget *focused = QApplication::focusWidget();
    return focused && (focused == area || area->isAncestorOf(focused));
}

// The letter after a single '&' in a text, or nothing.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return {};
}

} // namespace

TEST_CASE("F6 cycles through search, filters, results and details; Tab leaves the table",
          "[gui][keyboard]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("resultsView"));
    auto *details = window.findChild<InitiativeDetailsView *>(QStringLiteral("detailsView"));
    QWidget *filters = window.filterPanel();
    REQUIRE(search);
    REQUIRE(table);
    REQUIRE(details);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(focusIn(search));
    const QWidget *order[] = {filters, table, details, search};
    for (const QWidget *area : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        CHECK(focusIn(area));
        // In the filters, on the first pane's values, ready for Space.
        if (area == filters)
            CHECK(QApplication::focusWidget() == window.filterPanel()->viewFor(Facet::Country));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    CHECK(focusIn(details));

    // Tab from the table goes to the next control, not the next cell.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Tab);
    CHECK_FALSE(focusIn(table));
}

TEST_CASE("No two of the window's mnemonics clash", "[gui][keyboard]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    QMap<QChar, QString> seen;
    auto note = [&seen](const QString &text) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            return;
        INFO(text.toStdString() << " and " << seen.value(key).toStdString());
        CHECK_FALSE(seen.contains(key));
        seen.insert(key, text);
    };
    // The menu bar's titles and the window's own buttons and labels, which
    // all answer Alt+letter at once (a menu's items answer only inside it).
    for (QAction *menu : window.menuBar()->actions())
        note(menu->text());
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        if (button->isVisibleTo(&window) && !qobject_cast<QMenuBar *>(button->parent()))
            note(button->text());
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->buddy() && label->isVisibleTo(&window))
            note(label->text());
    // The details' tabs, Details and History.
    for (QTabBar *bar : window.findChildren<QTabBar *>())
        for (int i = 0; bar->isVisibleTo(&window) && i < bar->count(); ++i)
            note(bar->tabText(i));
    CHECK(seen.contains(u's')); // Alt+S is History's
    CHECK(seen.contains(u'h')); // Alt+H is Help's
}

TEST_CASE("The Preferences' mnemonics do not clash, and each label's goes to its field",
          "[gui][keyboard][preferences]")
{
    QSettings().clear();
    PreferencesDialog dialog;
    dialog.show();
    QMap<QChar, QString> seen;
    auto note = [&seen](const QString &text) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            return;
        INFO(text.toStdString() << " and " << seen.value(key).toStdString());
        CHECK_FALSE(seen.contains(key));
        seen.insert(key, text);
    };
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        if (button->isVisibleTo(&dialog))
            note(button->text());
    int labels = 0;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&dialog) || mnemonic(label->text()).isNull())
            continue;
        // A label with a mnemonic but no buddy: Alt+letter does nothing.
        INFO(label->text().toStdString());
        CHECK(label->buddy());
        note(label->text());
        ++labels;
    }
    CHECK(labels >= 7);
    // Alt+L goes to the logo's field, Alt+E to the export folder's.
    for (const auto &[key, name] :
         {std::pair{Qt::Key_L, "reportLogoEdit"}, std::pair{Qt::Key_E, "exportFolderEdit"}}) {
        INFO(name);
        auto *field = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        REQUIRE(field);
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (mnemonic(label->text()) == QChar(u'a' + (key - Qt::Key_A)))
                CHECK(label->buddy() == field);
    }
    // A long introduction is not cut: the dialog says what it does.
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("reportIntroductionHint"));
    REQUIRE(hint);
    CHECK(hint->text().contains(QStringLiteral("first page")));
    dialog.close();
}
