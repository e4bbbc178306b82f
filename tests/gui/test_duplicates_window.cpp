// Edit > Find Duplicates and the side-by-side merge, and the undo of an
// import, driven through the window's widgets on the offscreen platform.
#include "WindowTestSupport.h"

#include "core/catalogue/CatalogueEditor.h"
#include "gui/CatalogueEdits.h"
#include "gui/DuplicatesDialog.h"
#include "gui/ImportDialog.h"
#include "gui/InitiativeTableModel.h"
#include "gui/MainWindow.h"
#include "gui/MergeDialog.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace ssc;
using namespace ssc::test;

namespace {

// The fixture with its EMTCT initiative in twice, under another key.
QString catalogueWithCopy(const QTemporaryDir &dir)
{
    const QString path = fixtureCatalogue(dir);
    auto store = okValue(CatalogueStore::open(path));
    Initiative copy = okValue(store->initiative(QStringLiteral("emtct-cuba-ethiopia")));
    copy.id = QStringLiteral("emtct-copy");
    copy.title = QStringLiteral("EMTCT Technical Assistance: Cuba to Ethiopia");
    copy.countries = {{QStringLiteral("ET"), QStringLiteral("recipient"), {}},
                      {QStringLiteral("UG"), QStringLiteral("recipient"), {}}};
    REQUIRE(CatalogueEditor(*store, QStringLiteral("test")).add({copy}).ok());
    return path;
}

bool listed(const MainWindow &window, const char *id)
{
    return window.resultsModel()->rowOf(QString::fromLatin1(id)) >= 0;
}

DuplicatesDialog *searched(MainWindow &window, int rows)
{
    DuplicatesDialog *dialog = window.edits()->duplicatesDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitFor(
        [&] { return !dialog->isSearching() && dialog->table()->rowCount() == rows; }, 20000));
    return dialog;
}

} // namespace

TEST_CASE("Find Duplicates lists a pair; its merge is one step that undo takes back",
          "[gui][duplicates]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, catalogueWithCopy(dir));
    REQUIRE(listed(window, "emtct-copy"));
    auto *find = window.findChild<QAction *>(QStringLiteral("actionFindDuplicates"));
    REQUIRE(find);
    REQUIRE(find->isEnabled());
    find->trigger();
    DuplicatesDialog *list = searched(window, 1);
    // The two records one above the other, the reasons one per line.
    CHECK(list->table()->item(0, 1)->text().startsWith(
        QStringLiteral("emtct-cuba-ethiopia — EMTCT technical assistance from Cuba")));
    CHECK(list->table()->item(0, 1)->text().contains(QStringLiteral("\nemtct-copy — ")));
    CHECK(list->table()->item(0, 2)->text().contains(QStringLiteral("\ncountries in common: ET")));

    // Side by side: the title taken from the other record, countries united.
    list->findChild<QPushButton *>(QStringLiteral("mergeButton"))->click();
    REQUIRE(QTest::qWaitFor([&] { return window.edits()->mergeDialog() != nullptr; }, 10000));
    MergeDialog *merge = window.edits()->mergeDialog();
    CHECK(merge->kept().id == QStringLiteral("emtct-cuba-ethiopia"));
    CHECK(merge->choices().at(QStringLiteral("countries")) == InitiativeMerge::Take::Both);
    CHECK(merge->choices().at(QStringLiteral("title")) == InitiativeMerge::Take::Kept);
    merge->choose(QStringLiteral("title"), InitiativeMerge::Take::Other);
    CHECK(merge->choices().at(QStringLiteral("title")) == InitiativeMerge::Take::Other);
    merge->findChild<QPushButton *>(QStringLiteral("mergeConfirm"))->click();
    REQUIRE(QTest::qWaitFor([&] { return window.edits()->mergeDialog() == nullptr; }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return !listed(window, "emtct-copy"); }, 10000));
    CHECK(list->table()->rowCount() == 0);
    QUndoStack *undo = window.edits()->undoStack();
    // The other record's title, as chosen.
    CHECK(undo->undoText().startsWith(QStringLiteral("Merge 'EMTCT Technical Assistance: Cuba")));
    REQUIRE(QTest::qWaitFor([&] { return window.resultsModel()->total() == 6; }, 10000));

    undo->undo();
    REQUIRE(QTest::qWaitFor([&] { return listed(window, "emtct-copy"); }, 10000));
    CHECK(window.resultsModel()->total() == 7);
    undo->redo();
    REQUIRE(QTest::qWaitFor([&] { return !listed(window, "emtct-copy"); }, 10000));
    undo->undo();
    REQUIRE(QTest::qWaitFor([&] { return listed(window, "emtct-copy"); }, 10000));

    // Not Duplicates: the pair is not offered again.
    list->findChild<QPushButton *>(QStringLiteral("dismissButton"))->setEnabled(true);
    list->search();
    list = searched(window, 1);
    list->findChild<QPushButton *>(QStringLiteral("dismissButton"))->click();
    list = searched(window, 0);
    list->search();
    list = searched(window, 0);
    CHECK(list->findChild<QLabel *>(QStringLiteral("duplicatesStatus"))
              ->text()
              .contains(QStringLiteral("No likely duplicates")));
}

TEST_CASE("An import is one step: undo removes what it added and puts back what it replaced",
          "[gui][duplicates][import]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    const qint64 before = window.resultsModel()->total();
    const QString file =
        fixturePath(QStringLiteral("iati/activity-standard-example-annotated.xml"));
    auto importAndWait = [&](const QString &path) {
        window.importFile(path);
        REQUIRE(QTest::qWaitFor([&] { return window.importDialog() != nullptr; }, 5000));
        ImportDialog *dialog = window.importDialog();
        REQUIRE(QTest::qWaitFor([&] { return dialog->stage() == ImportDialog::Stage::Checked; },
                                30000));
        dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        REQUIRE(
            QTest::qWaitFor([&] { return dialog->stage() == ImportDialog::Stage::Done; }, 30000));
        dialog->close();
        REQUIRE(QTest::qWaitFor([&] { return window.importDialog() == nullptr; }, 5000));
    };
    importAndWait(file);
    REQUIRE(QTest::qWaitFor([&] { return window.resultsModel()->total() == before + 1; }, 10000));
    QUndoStack *undo = window.edits()->undoStack();
    CHECK(undo->undoText() == QStringLiteral("Import 'activity-standard-example-annotated.xml'"));

    // The same activity with a new title: an update.
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray changed = in.readAll();
    changed.replace("<narrative>Activity title</narrative>",
                    "<narrative>Activity title, revised</narrative>");
    const QString revised = dir.filePath(QStringLiteral("revised.xml"));
    QFile out(revised);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(changed);
    out.close();
    importAndWait(revised);
    const QString id = QStringLiteral("AA-AAA-123456789-ABC123");
    auto title = [&] {
        const int row = window.resultsModel()->rowOf(id);
        return row < 0 ? QString()
                       : window.resultsModel()
                             ->index(row, InitiativeTableModel::Title)
                             .data()
                             .toString();
    };
    REQUIRE(QTest::qWaitFor([&] { return title() == QStringLiteral("Activity title, revised"); },
                            10000));
    CHECK(undo->count() == 2);

    undo->undo();
    REQUIRE(QTest::qWaitFor([&] { return title() == QStringLiteral("Activity title"); }, 10000));
    undo->undo();
    REQUIRE(QTest::qWaitFor([&] { return window.resultsModel()->total() == before; }, 10000));
    CHECK(title().isEmpty());
    undo->redo();
    REQUIRE(QTest::qWaitFor([&] { return title() == QStringLiteral("Activity title"); }, 10000));
    undo->redo();
    REQUIRE(QTest::qWaitFor([&] { return title() == QStringLiteral("Activity title, revised"); },
                            10000));
}
