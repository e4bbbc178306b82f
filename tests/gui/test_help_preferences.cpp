// Help > User Guide and Keyboard Shortcuts, Edit > Preferences, and an
// accessible name on every control a screen reader can reach.
#include "WindowTestSupport.h"

#include "core/io/json/CatalogueJson.h"
#include "gui/CatalogueSession.h"
#include "gui/HelpDialogs.h"
#include "gui/ImportDialog.h"
#include "gui/Preferences.h"
#include "gui/ReportDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>

using namespace ssc;
using namespace ssc::test;

namespace {

// The controls under root that take the focus but that a screen reader
// could not name.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        // A spin box's own line edit is named by the spin box.
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root) ||
            w->isWindow() != (w == root) || w->objectName() == QLatin1String("qt_spinbox_lineedit"))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(
                w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    return unnamed;
}

// Answers the next message box with OK and says what it said.
void answerNextMessageBox(QString *text)
{
    QTimer::singleShot(0, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            *text = box->text();
            box->accept();
        }
    });
}

} // namespace

TEST_CASE("F1 opens the user guide; the shortcut list names every key", "[gui][help]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    QTest::keyClick(&window, Qt::Key_F1);
    auto *guide = window.findChild<QTextBrowser *>(QStringLiteral("userGuide"));
    REQUIRE(guide);
    CHECK(guide->toPlainText().contains(QStringLiteral("Filtering")));
    CHECK(guide->toPlainText().contains(QStringLiteral("F6")));
    guide->window()->close();

    const auto keys = keyboardShortcuts(&window);
    auto has = [&keys](const QString &key) {
        return std::any_of(keys.begin(), keys.end(), [&](const auto &k) { return k.first == key; });
    };
    for (const char *key : {"F1", "F6", "Shift+F6", "Ctrl+F", "Ctrl+E", "Ctrl+Shift+Backspace"})
        CHECK(has(QString::fromLatin1(key)));
    QDialog *list = showKeyboardShortcuts(&window);
    auto *table = list->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    REQUIRE(table);
    CHECK(table->rowCount() == int(keys.size()));
    list->close();
}

TEST_CASE("Preferences set the export folder, page size, hidden values and IATI publisher",
          "[gui][preferences]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString exports = dir.filePath(QStringLiteral("exports"));
    REQUIRE(QDir().mkpath(exports));
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));

    window.findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    auto *dialog = window.findChild<PreferencesDialog *>();
    REQUIRE(dialog);
    auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("exportFolderEdit"));
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberFolderCheck"));
    auto *hideEmpty = dialog->findChild<QCheckBox *>(QStringLiteral("hideEmptyPreference"));
    auto *orgRef = dialog->findChild<QLineEdit *>(QStringLiteral("reportingOrgEdit"));
    auto *orgType = dialog->findChild<QComboBox *>(QStringLiteral("reportingOrgTypeCombo"));
    auto *paper = dialog->findChild<QComboBox *>(QStringLiteral("paperPreference"));
    REQUIRE(folder);
    REQUIRE(remember);
    REQUIRE(hideEmpty);
    REQUIRE(orgRef);
    REQUIRE(orgType);
    REQUIRE(paper);

    // A folder that does not exist is refused, saying which.
    folder->setText(dir.filePath(QStringLiteral("gone")));
    QString said;
    answerNextMessageBox(&said);
    dialog->accept();
    CHECK(said.contains(QStringLiteral("gone")));
    CHECK(dialog->result() != QDialog::Accepted);

    folder->setText(exports);
    remember->setChecked(false); // start in the export folder, not the last one
    hideEmpty->setChecked(true);
    orgRef->setText(QStringLiteral("XM-DAC-41122"));
    orgType->setCurrentIndex(orgType->findData(QStringLiteral("40")));
    paper->setCurrentIndex(paper->findData(QStringLiteral("letter")));
    dialog->accept();
    CHECK(dialog->result() == QDialog::Accepted);

    const Preferences p = Preferences::load();
    CHECK(p.exportFolder == exports);
    CHECK(p.reportingOrgRef == QStringLiteral("XM-DAC-41122"));
    CHECK(p.reportingOrgType == QStringLiteral("40"));
    CHECK(QSettings().value(QStringLiteral("iati/reportingOrg")).toString() == p.reportingOrgRef);
    CHECK(window.filterPanel()
              ->findChild<QCheckBox *>(QStringLiteral("hideEmptyCheck"))
              ->isChecked());

    // Even after an export elsewhere, a report starts in the export folder,
    // on Letter paper.
    QSettings().setValue(QStringLiteral("report/folder"), dir.path());
    CHECK(Preferences::startFolder() == exports);
    window.findChild<QAction *>(QStringLiteral("actionExportReport"))->trigger();
    REQUIRE(window.reportDialog());
    auto *file = window.reportDialog()->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    CHECK(QDir::fromNativeSeparators(file->text()).startsWith(exports + '/'));
    CHECK(window.reportDialog()
              ->findChild<QComboBox *>(QStringLiteral("paperCombo"))
              ->currentData()
              .toString() == QStringLiteral("letter"));
    window.reportDialog()->reject();
}

TEST_CASE("Every control of the window and its dialogs has an accessible name", "[gui][a11y]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    INFO(unnamedControls(&window).join(QStringLiteral(", ")).toStdString());
    CHECK(unnamedControls(&window).isEmpty());

    window.findChild<QAction *>(QStringLiteral("actionExportReport"))->trigger();
    REQUIRE(window.reportDialog());
    INFO(unnamedControls(window.reportDialog()).join(QStringLiteral(", ")).toStdString());
    CHECK(unnamedControls(window.reportDialog()).isEmpty());
    window.reportDialog()->reject();

    PreferencesDialog preferences(&window);
    preferences.show();
    INFO(unnamedControls(&preferences).join(QStringLiteral(", ")).toStdString());
    CHECK(unnamedControls(&preferences).isEmpty());
    preferences.close();

    // The import dialog, checked, with a conflict to choose on.
    auto store = okValue(CatalogueStore::open(window.session()->path()));
    CatalogueContent theirs = okValue(store->content());
    theirs.initiatives.resize(1);
    theirs.initiatives[0].title += QStringLiteral(" (theirs)");
    const QString file = dir.filePath(QStringLiteral("theirs.json"));
    REQUIRE(CatalogueJson::writeFile(theirs, file).ok());
    window.importFile(file);
    REQUIRE(QTest::qWaitFor([&window] { return window.importDialog() != nullptr; }, 5000));
    ImportDialog *import = window.importDialog();
    REQUIRE(
        QTest::qWaitFor([&] { return import->stage() == ImportDialog::Stage::Checked; }, 60000));
    INFO(unnamedControls(import).join(QStringLiteral(", ")).toStdString());
    CHECK(unnamedControls(import).isEmpty());
    import->close();
}
