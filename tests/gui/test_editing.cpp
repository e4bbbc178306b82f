// Editing in the window: the editor checks as the user types and refuses to
// save an invalid record; Save writes it, and the results, counts, details
// and history follow; undo and redo across edit, delete and new.
#include "WindowTestSupport.h"

#include "gui/BulkEditDialog.h"
#include "gui/CatalogueEdits.h"
#include "gui/HistoryDialog.h"
#include "gui/InitiativeDetailsView.h"
#include "gui/InitiativeEditor.h"
#include "gui/InitiativeTableModel.h"
#include "gui/ResultsView.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

using namespace ssc;
using namespace ssc::test;

namespace {

void selectInitiative(MainWindow &window, const QString &id)
{
    const int row = window.resultsModel()->rowOf(id);
    REQUIRE(row >= 0);
    auto *view = window.findChild<ResultsView *>(QStringLiteral("resultsView"));
    view->setCurrentIndex(window.resultsModel()->index(row, 0));
    view->selectRow(row);
    settle(window);
}

InitiativeEditor *openEditor(MainWindow &window, const char *action)
{
    window.findChild<QAction *>(QString::fromLatin1(action))->trigger();
    REQUIRE(QTest::qWaitFor([&] { return window.edits()->editor() != nullptr; }, 5000));
    return window.edits()->editor();
}

qint64 statusCount(MainWindow &window, const char *status)
{
    const QModelIndex at = window.filterPanel()
                               ->modelFor(Facet::Status)
                               ->indexOf(Facet::Status, QString::fromLatin1(status));
    return at.data(FacetModel::CountRole).toLongLong();
}

void waitForChange(MainWindow &window, qint64 total)
{
    REQUIRE(QTest::qWaitFor([&] { return window.resultsModel()->total() == total; }, 10000));
    settle(window);
}

} // namespace

TEST_CASE("The editor checks as the user types, saves, and the window follows", "[gui][edit]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    const QString id = QStringLiteral("brazil-sao-tome-ecd");
    selectInitiative(window, id);
    const qint64 ongoing = statusCount(window, "ongoing");

    InitiativeEditor *editor = openEditor(window, "actionEditInitiative");
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *start = editor->findChild<QLineEdit *>(QStringLiteral("startEdit"));
    auto *problem = editor->findChild<QLabel *>(QStringLiteral("problemLabel"));
    auto *save = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    auto *status = editor->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    CHECK(editor->findChild<QLineEdit *>(QStringLiteral("idEdit"))->isReadOnly());
    CHECK(save->isEnabled());
    CHECK(problem->text().isEmpty());

    // A wrong value is marked at its field and said; Save waits.
    const QString oldTitle = title->text();
    title->clear();
    CHECK_FALSE(save->isEnabled());
    CHECK(problem->text().startsWith(QStringLiteral("Title: ")));
    CHECK(title->property("invalid").toBool());
    title->setText(oldTitle + QStringLiteral(" (revised)"));
    start->setText(QStringLiteral("2019-13"));
    CHECK_FALSE(save->isEnabled());
    CHECK(problem->text().startsWith(QStringLiteral("Start: ")));
    CHECK(start->property("invalid").toBool());
    CHECK_FALSE(title->property("invalid").toBool());
    start->setText(QStringLiteral("2017"));
    // After its end: said at the end field.
    CHECK(problem->text().startsWith(QStringLiteral("End: ")));
    CHECK(problem->text().contains(QStringLiteral("before the start")));
    start->setText(QStringLiteral("2014-05"));
    INFO(problem->text().toStdString());
    CHECK(save->isEnabled());
    status->setCurrentIndex(status->findData(QStringLiteral("ongoing")));

    // Save: written, the dialog closes, counts, results and details follow.
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window.edits()->editor() == nullptr; }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return statusCount(window, "ongoing") == ongoing + 1; }, 10000));
    settle(window);
    const int row = window.resultsModel()->rowOf(id);
    REQUIRE(row >= 0);
    CHECK(window.resultsModel()->index(row, InitiativeTableModel::Title).data().toString() ==
          oldTitle + QStringLiteral(" (revised)"));
    auto *details = window.findChild<InitiativeDetailsView *>(QStringLiteral("detailsView"));
    REQUIRE(QTest::qWaitFor(
        [&] { return details->toPlainText().contains(QStringLiteral("(revised)")); }, 5000));
    // The history is the details' second tab.
    auto *history = window.findChild<InitiativeDetailsView *>(QStringLiteral("historyView"));
    REQUIRE(history);
    CHECK(history->toPlainText().contains(QStringLiteral("History")));
    CHECK(history->toPlainText().contains(QStringLiteral("status: completed → ongoing")));

    // Undo, with the step's name; then redo.
    QUndoStack *undo = window.edits()->undoStack();
    CHECK(undo->undoText().startsWith(QStringLiteral("Edit '")));
    auto *undoAction = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    CHECK(undoAction->text().contains(QStringLiteral("Edit '")));
    undoAction->trigger();
    REQUIRE(QTest::qWaitFor([&] { return statusCount(window, "ongoing") == ongoing; }, 10000));
    window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    REQUIRE(QTest::qWaitFor([&] { return statusCount(window, "ongoing") == ongoing + 1; }, 10000));
}

TEST_CASE("Delete and New are undone and redone; a taken id is refused at Save", "[gui][edit]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    CHECK(window.resultsModel()->total() == 6);

    window.edits()->remove(
        {QStringLiteral("wash-asia-conference"), QStringLiteral("cash-transfers-cop")}, false);
    waitForChange(window, 4);
    QUndoStack *undo = window.edits()->undoStack();
    undo->undo();
    waitForChange(window, 6);
    undo->redo();
    waitForChange(window, 4);
    undo->undo();
    waitForChange(window, 6);

    // New: an id already taken is said at Save, and the dialog stays.
    InitiativeEditor *editor = openEditor(window, "actionNewInitiative");
    editor->findChild<QLineEdit *>(QStringLiteral("idEdit"))
        ->setText(QStringLiteral("mnch-china-uganda"));
    editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"))
        ->setText(QStringLiteral("Study tour on school feeding"));
    editor->findChild<QPushButton *>(QStringLiteral("addCountryButton"))->click();
    auto *countries = editor->findChild<QTableWidget *>(QStringLiteral("countriesTable"));
    auto *country = qobject_cast<QComboBox *>(countries->cellWidget(0, 0));
    country->setCurrentIndex(country->findData(QStringLiteral("GH")));
    // Every record cites a source: Save waits until one is ticked.
    auto *save0 = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    CHECK_FALSE(save0->isEnabled());
    auto *sources = editor->findChild<QListWidget *>(QStringLiteral("sourcesList"));
    REQUIRE(sources->count() == 1);
    sources->item(0)->setCheckState(Qt::Checked);
    auto *save = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    INFO(editor->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().toStdString());
    REQUIRE(save->isEnabled());
    save->click();
    auto *problem = editor->findChild<QLabel *>(QStringLiteral("problemLabel"));
    REQUIRE(QTest::qWaitFor([&] { return !problem->text().isEmpty(); }, 10000));
    CHECK(problem->text().contains(QStringLiteral("already exists")));
    CHECK(window.edits()->editor() == editor);

    editor->findChild<QLineEdit *>(QStringLiteral("idEdit"))
        ->setText(QStringLiteral("school-feeding-tour"));
    REQUIRE(save->isEnabled());
    save->click();
    waitForChange(window, 7);
    CHECK(window.resultsModel()->rowOf(QStringLiteral("school-feeding-tour")) >= 0);
    CHECK(undo->undoText().startsWith(QStringLiteral("New '")));
    undo->undo();
    waitForChange(window, 6);
}

TEST_CASE("Bulk edit changes every selected record in one step that one undo takes back",
          "[gui][edit]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    auto *view = window.findChild<ResultsView *>(QStringLiteral("resultsView"));
    view->selectionModel()->clearSelection();
    for (const char *id : {"wash-asia-conference", "cash-transfers-cop", "undated-publication"})
        view->selectionModel()->select(
            window.resultsModel()->index(window.resultsModel()->rowOf(QString::fromLatin1(id)), 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const qint64 nutrition = [&] {
        return window.filterPanel()
            ->modelFor(Facet::ProgrammeArea)
            ->indexOf(Facet::ProgrammeArea, QStringLiteral("nutrition"))
            .data(FacetModel::CountRole)
            .toLongLong();
    }();
    window.findChild<QAction *>(QStringLiteral("actionBulkEdit"))->trigger();
    REQUIRE(window.edits()->bulkDialog());
    BulkEditDialog *dialog = window.edits()->bulkDialog();
    auto *field = dialog->findChild<QComboBox *>(QStringLiteral("bulkField"));
    auto *operation = dialog->findChild<QComboBox *>(QStringLiteral("bulkOperation"));
    auto *value = dialog->findChild<QLineEdit *>(QStringLiteral("bulkValue"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("bulkProblem"));
    auto *apply = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);

    // A value the catalogue does not know: said, and nothing written.
    field->setCurrentText(QStringLiteral("area"));
    operation->setCurrentIndex(operation->findData(int(FieldEdit::Op::Add)));
    value->setText(QStringLiteral("gardening"));
    apply->click();
    REQUIRE(QTest::qWaitFor([&] { return !problem->text().isEmpty(); }, 10000));
    CHECK(problem->text().contains(QStringLiteral("gardening")));
    CHECK(window.edits()->undoStack()->count() == 0);

    value->setText(QStringLiteral("nutrition"));
    apply->click();
    REQUIRE(QTest::qWaitFor([&] { return window.edits()->bulkDialog() == nullptr; }, 10000));
    auto count = [&] {
        return window.filterPanel()
            ->modelFor(Facet::ProgrammeArea)
            ->indexOf(Facet::ProgrammeArea, QStringLiteral("nutrition"))
            .data(FacetModel::CountRole)
            .toLongLong();
    };
    REQUIRE(QTest::qWaitFor([&] { return count() == nutrition + 3; }, 10000));
    CHECK(window.edits()->undoStack()->undoText().startsWith(QStringLiteral("Bulk edit")));
    window.edits()->undoStack()->undo();
    REQUIRE(QTest::qWaitFor([&] { return count() == nutrition; }, 10000));
}

TEST_CASE("Recent Changes lists the catalogue's history and restores a deleted record",
          "[gui][edit]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    window.edits()->remove({QStringLiteral("wash-asia-conference")}, false);
    waitForChange(window, 5);

    window.findChild<QAction *>(QStringLiteral("actionRecentChanges"))->trigger();
    auto *dialog = window.findChild<HistoryDialog *>();
    REQUIRE(dialog);
    QTableWidget *table = dialog->table();
    REQUIRE(QTest::qWaitFor([&] { return table->rowCount() == 1; }, 5000));
    CHECK(table->item(0, 2)->text() == QStringLiteral("delete"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("wash-asia-conference"));
    CHECK_FALSE(dialog->restoreButton()->isEnabled());
    table->selectRow(0);
    // The deleted record stays readable there: its last state, field by field.
    const QString shown = dialog->entryView()->toPlainText();
    CHECK(shown.contains(QStringLiteral("As it was before:")));
    CHECK(shown.contains(QStringLiteral("Regional WASH conference")));
    CHECK(shown.contains(QStringLiteral("Thailand")));
    REQUIRE(dialog->restoreButton()->isEnabled());
    dialog->restoreButton()->click();
    waitForChange(window, 6);
    // The list follows: the restore is the newest entry.
    REQUIRE(QTest::qWaitFor([&] { return table->rowCount() == 2; }, 5000));
    CHECK(table->item(0, 2)->text() == QStringLiteral("restore"));
    CHECK(window.edits()->undoStack()->undoText().startsWith(QStringLiteral("Restore")));
}

TEST_CASE("The details offer Edit, Duplicate and Delete for the record being read", "[gui][edit]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    const QString id = QStringLiteral("cash-transfers-cop");
    selectInitiative(window, id);
    auto *details = window.findChild<InitiativeDetailsView *>(QStringLiteral("detailsView"));
    REQUIRE(details);
    REQUIRE(QTest::qWaitFor(
        [&] { return details->toHtml().contains(QStringLiteral("ssc-edit:edit")); }, 5000));
    CHECK(details->toHtml().contains(QStringLiteral("ssc-edit:duplicate")));
    CHECK(details->toHtml().contains(QStringLiteral("ssc-edit:delete")));
    // The History tab reads; it offers nothing to follow.
    auto *history = window.findChild<InitiativeDetailsView *>(QStringLiteral("historyView"));
    REQUIRE(history);
    CHECK_FALSE(history->toHtml().contains(QStringLiteral("ssc-edit:")));

    emit details->anchorClicked(QUrl(QStringLiteral("ssc-edit:edit")));
    REQUIRE(QTest::qWaitFor([&] { return window.edits()->editor() != nullptr; }, 5000));
    CHECK(window.edits()->editor()->mode() == InitiativeEditor::Mode::Edit);
    CHECK(window.edits()->editor()->initiative().id == id);
    window.edits()->editor()->reject();
    REQUIRE(QTest::qWaitFor([&] { return window.edits()->editor() == nullptr; }, 5000));

    emit details->anchorClicked(QUrl(QStringLiteral("ssc-edit:duplicate")));
    REQUIRE(QTest::qWaitFor([&] { return window.edits()->editor() != nullptr; }, 5000));
    CHECK(window.edits()->editor()->mode() == InitiativeEditor::Mode::Duplicate);
    CHECK(window.edits()->editor()->initiative().id == id + QStringLiteral("-copy"));
    window.edits()->editor()->reject();
}
