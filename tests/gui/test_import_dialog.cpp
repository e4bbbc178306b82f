// File > Import, driven through its widgets on the offscreen platform.
#include "WindowTestSupport.h"

#include "core/domain/InterfaceLanguage.h"
#include "core/domain/ReferenceNames.h"
#include "core/io/CatalogueImport.h"
#include "core/io/json/CatalogueJson.h"
#include "gui/ImportDialog.h"
#include "gui/InitiativeDetailsView.h"
#include "gui/InitiativeTableModel.h"
#include "gui/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace ssc;
using namespace ssc::test;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

ImportDialog *waitForDialog(MainWindow &window, ImportDialog::Stage stage)
{
    REQUIRE(QTest::qWaitFor([&window] { return window.importDialog() != nullptr; }, 5000));
    ImportDialog *dialog = window.importDialog();
    REQUIRE(QTest::qWaitFor([&] { return dialog->stage() == stage; }, 60000));
    return dialog;
}

void clickImportAndWait(ImportDialog *dialog)
{
    auto *import = child<QPushButton>(dialog, "importButton");
    REQUIRE(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return dialog->stage() == ImportDialog::Stage::Done ||
                   dialog->stage() == ImportDialog::Stage::Failed;
        },
        60000));
    INFO(child<QLabel>(dialog, "statusLabel")->text().toStdString());
    REQUIRE(dialog->stage() == ImportDialog::Stage::Done);
}

} // namespace

TEST_CASE("Importing an IATI file from the window: check, report, write, browse", "[gui][import]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = generatedCatalogue(dir, 3, 200);
    MainWindow window;
    openIn(window, path);
    CHECK(window.resultsModel()->total() == 200);
    auto *action = window.findChild<QAction *>(QStringLiteral("actionImport"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+I")));

    // Dropping the file on the window starts the import.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(
        fixturePath(QStringLiteral("iati/activity-standard-example-annotated.xml")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    ImportDialog *dialog = waitForDialog(window, ImportDialog::Stage::Checked);
    CHECK(dialog->reportText().contains(QStringLiteral("Added: 1")));
    CHECK(child<QLabel>(dialog, "statusLabel")
              ->text()
              .contains(QStringLiteral("Nothing has been written")));
    CHECK(window.resultsModel()->total() == 200); // nothing written yet
    clickImportAndWait(dialog);
    CHECK(dialog->reportText().contains(QStringLiteral("written to the catalogue")));

    const QString saved = dir.filePath(QStringLiteral("report.txt"));
    dialog->saveReport(saved);
    QFile f(saved);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().contains("Added: 1"));

    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton); // Close
    REQUIRE(QTest::qWaitFor([&] { return window.importDialog() == nullptr; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return window.resultsModel()->total() == 201; }, 20000));
    settle(window);
}

TEST_CASE("Merging a catalogue file from the window: conflicts resolved one by one",
          "[gui][import]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = generatedCatalogue(dir, 4, 100);
    CatalogueContent theirs;
    {
        auto store = CatalogueStore::open(path);
        REQUIRE(store.ok());
        CatalogueContent all = okValue((*store)->content());
        theirs = all;
        theirs.initiatives.resize(3);
        theirs.initiatives[0].title += QStringLiteral(" (theirs)");
        theirs.initiatives[1].title += QStringLiteral(" (theirs)");
    }
    const QString file = dir.filePath(QStringLiteral("theirs.json"));
    REQUIRE(CatalogueJson::writeFile(theirs, file).ok());

    MainWindow window;
    openIn(window, path);
    window.importFile(file);
    ImportDialog *dialog = waitForDialog(window, ImportDialog::Stage::Checked);
    auto *list = child<QTreeWidget>(dialog, "conflictList");
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(2).contains(QStringLiteral("title")));
    dialog->setTakeTheirs(1, true); // keep mine for the first, take theirs for the second
    clickImportAndWait(dialog);
    CHECK(dialog->reportText().contains(QStringLiteral("catalogue's record kept")));
    CHECK(dialog->reportText().contains(QStringLiteral("file's record taken")));
    dialog->close();
    REQUIRE(QTest::qWaitFor([&] { return window.importDialog() == nullptr; }, 5000));
    settle(window);

    auto store = CatalogueStore::open(path);
    REQUIRE(store.ok());
    CHECK_FALSE(
        (*store)->initiative(theirs.initiatives[0].id)->title.endsWith(QStringLiteral("(theirs)")));
    CHECK(
        (*store)->initiative(theirs.initiatives[1].id)->title.endsWith(QStringLiteral("(theirs)")));
}

TEST_CASE("Cancelling an import from the window leaves the catalogue as it was", "[gui][import]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = generatedCatalogue(dir, 6, 50);
    MainWindow window;
    openIn(window, path);
    window.importFile(fixturePath(QStringLiteral("iati/several-currencies.xml")));
    ImportDialog *dialog = waitForDialog(window, ImportDialog::Stage::Checked);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window.importDialog() == nullptr; }, 5000));
    settle(window);
    CHECK(window.resultsModel()->total() == 50);

    window.importFile(fixturePath(QStringLiteral("iati/not-well-formed.xml")));
    dialog = waitForDialog(window, ImportDialog::Stage::Failed);
    CHECK(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("line 9")));
    CHECK_FALSE(child<QPushButton>(dialog, "importButton")->isVisible());
    dialog->close();
}

TEST_CASE("The details show the title and description in the interface language", "[gui][import]")
{
    auto created = CatalogueStore::openInMemory();
    REQUIRE(created.ok());
    CatalogueStore &store = **created;
    CatalogueImport import(
        store, fixturePath(QStringLiteral("iati/activity-standard-example-annotated.xml")),
        ImportFormat::Iati);
    REQUIRE(import.check().ok());
    REQUIRE(import.write().ok());
    const auto in = store.initiative(QStringLiteral("AA-AAA-123456789-ABC123"));
    REQUIRE(in);
    // The interface language, as the program installs it.
    REQUIRE(InterfaceLanguage::install(QStringLiteral("fr")).ok());
    const QString french = InitiativeDetailsView::htmlFor(store, *in);
    InterfaceLanguage::reset();
    ReferenceNames::setLanguage(QStringLiteral("de")); // no German text: English
    const QString german = InitiativeDetailsView::htmlFor(store, *in);
    ReferenceNames::setLanguage(QString());
    // And the details say so, naming the languages in the interface's.
    CHECK(french.contains(QStringLiteral("anglais")));
    CHECK(german.contains(QStringLiteral("the record's own language: it has no")));
    CHECK(french.contains(QStringLiteral("Titre de l")));
    CHECK(french.contains(QStringLiteral("Activité générale")));
    CHECK(german.contains(QStringLiteral("Activity title")));
    CHECK(german.contains(QStringLiteral("General activity description")));
    CHECK(german.contains(QStringLiteral("(25%)"))); // the recipient's share
}
