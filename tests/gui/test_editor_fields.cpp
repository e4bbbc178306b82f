// The editor's funding, translations, SDG targets and new organisations, each
// read back from the catalogue file after Save; the details' History tab.
#include "WindowTestSupport.h"

#include "gui/CatalogueEdits.h"
#include "gui/InitiativeDetailsView.h"
#include "gui/InitiativeEditor.h"
#include "gui/InitiativeTableModel.h"
#include "gui/OrganisationDialog.h"
#include "gui/ResultsView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ssc;
using namespace ssc::test;

namespace {

// The record as the catalogue file holds it, through a connection of the
// test's own.
Initiative stored(const QString &path, const QString &id)
{
    auto store = okValue(CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly));
    return okValue(store->initiative(id));
}

InitiativeEditor *editInitiative(MainWindow &window, const QString &id)
{
    const int row = window.resultsModel()->rowOf(id);
    REQUIRE(row >= 0);
    auto *view = window.findChild<ResultsView *>(QStringLiteral("resultsView"));
    view->setCurrentIndex(window.resultsModel()->index(row, 0));
    settle(window);
    window.findChild<QAction *>(QStringLiteral("actionEditInitiative"))->trigger();
    REQUIRE(QTest::qWaitFor([&] { return window.edits()->editor() != nullptr; }, 5000));
    return window.edits()->editor();
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

QPushButton *saveButton(InitiativeEditor *editor)
{
    return editor->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
        ->button(QDialogButtonBox::Save);
}

QString problemOf(InitiativeEditor *editor)
{
    return child<QLabel>(editor, "problemLabel")->text();
}

void saveAndWait(MainWindow &window, InitiativeEditor *editor)
{
    INFO(problemOf(editor).toStdString());
    REQUIRE(saveButton(editor)->isEnabled());
    saveButton(editor)->click();
    REQUIRE(QTest::qWaitFor([&] { return window.edits()->editor() == nullptr; }, 10000));
    settle(window);
}

template <typename T> T *cell(QTableWidget *table, int row, int column)
{
    auto *w = qobject_cast<T *>(table->cellWidget(row, column));
    REQUIRE(w);
    return w;
}

} // namespace

TEST_CASE("Funding rows are checked by the import's rules and saved", "[gui][edit]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = fixtureCatalogue(dir);
    MainWindow window;
    openIn(window, path);
    const QString id = QStringLiteral("brazil-sao-tome-ecd");
    REQUIRE(stored(path, id).funding.empty());
    InitiativeEditor *editor = editInitiative(window, id);
    auto *table = child<QTableWidget>(editor, "fundingTable");
    CHECK(table->accessibleName() == QStringLiteral("Funding"));
    child<QPushButton>(editor, "addFundingButton")->click();
    REQUIRE(table->rowCount() == 1);
    auto *source = cell<QComboBox>(table, 0, 0);
    auto *amount = cell<QLineEdit>(table, 0, 1);
    auto *currency = cell<QComboBox>(table, 0, 2);
    auto *year = cell<QLineEdit>(table, 0, 3);
    for (QWidget *w : {static_cast<QWidget *>(source), static_cast<QWidget *>(amount),
                       static_cast<QWidget *>(currency), static_cast<QWidget *>(year)})
        CHECK_FALSE(w->accessibleName().isEmpty());
    source->setCurrentIndex(source->findData(QStringLiteral("sscaf")));

    // An amount that is not a number: marked at the table, said with its
    // row and column, and Save waits.
    amount->setText(QStringLiteral("lots"));
    CHECK_FALSE(saveButton(editor)->isEnabled());
    CHECK(problemOf(editor).startsWith(QStringLiteral("Funding (row 1), amount: ")));
    CHECK(table->property("invalid").toBool());
    amount->setText(QStringLiteral("250000"));
    // An amount needs a currency, and an unknown code is refused.
    CHECK(problemOf(editor).startsWith(QStringLiteral("Funding (row 1), currency: ")));
    currency->setEditText(QStringLiteral("XYZ"));
    CHECK_FALSE(saveButton(editor)->isEnabled());
    CHECK(problemOf(editor).contains(QStringLiteral("unknown currency \"XYZ\"")));
    CHECK(table->property("invalid").toBool());
    // The currencies offered are the ones the check accepts.
    const int euro = currency->findData(QStringLiteral("EUR"));
    REQUIRE(euro > 0);
    currency->setCurrentIndex(euro);
    CHECK(problemOf(editor).isEmpty());
    // A negative amount, by the import's check.
    amount->setText(QStringLiteral("-5"));
    CHECK(problemOf(editor).startsWith(QStringLiteral("Funding (row 1), amount: is negative")));
    amount->setText(QStringLiteral("250000"));
    year->setText(QStringLiteral("20x1"));
    CHECK(problemOf(editor).startsWith(QStringLiteral("Funding (row 1), year: ")));
    year->setText(QStringLiteral("2021"));
    CHECK(problemOf(editor).isEmpty());
    CHECK_FALSE(table->property("invalid").toBool());
    saveAndWait(window, editor);

    const Initiative after = stored(path, id);
    REQUIRE(after.funding.size() == 1);
    CHECK(after.funding[0] ==
          FundingRecord{QStringLiteral("sscaf"), 250000.0, QStringLiteral("EUR"), 2021});
}

TEST_CASE("A record saved untouched is written as it was: funding, translations and SDGs read "
          "back the same",
          "[gui][edit]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = fixtureCatalogue(dir);
    const QString id = QStringLiteral("mnch-china-uganda");
    auto store = okValue(CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly));
    Initiative before = okValue(store->initiative(id));
    before.funding.push_back({QStringLiteral("unicef"), 1234567.891, QStringLiteral("USD"), {}});
    before.translations.push_back(
        {QStringLiteral("title"), QStringLiteral("fr"), QStringLiteral("Santé maternelle")});
    REQUIRE(store->replaceInitiative(before).ok());
    store.reset();

    MainWindow window;
    openIn(window, path);
    InitiativeEditor *editor = editInitiative(window, id);
    auto *funding = child<QTableWidget>(editor, "fundingTable");
    REQUIRE(funding->rowCount() == 3);
    CHECK(cell<QLineEdit>(funding, 2, 1)->text() == QStringLiteral("1234567.891"));
    CHECK(cell<QComboBox>(funding, 1, 2)->currentData().toString() == QStringLiteral("CNY"));
    CHECK(child<QTableWidget>(editor, "translationsTable")->rowCount() == 1);
    CHECK(editor->initiative() == before);
    saveAndWait(window, editor);
    CHECK(stored(path, id) == before);
    auto again = okValue(CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly));
    CHECK(okValue(again->history({id, {}, 10})).empty());
}

TEST_CASE("A translation is added, checked and saved", "[gui][edit]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = fixtureCatalogue(dir);
    MainWindow window;
    openIn(window, path);
    const QString id = QStringLiteral("cash-transfers-cop");
    InitiativeEditor *editor = editInitiative(window, id);
    auto *table = child<QTableWidget>(editor, "translationsTable");
    child<QPushButton>(editor, "addTranslationButton")->click();
    REQUIRE(table->rowCount() == 1);
    auto *field = cell<QComboBox>(table, 0, 0);
    auto *language = cell<QComboBox>(table, 0, 1);
    auto *text = cell<QPlainTextEdit>(table, 0, 2);
    CHECK(problemOf(editor).startsWith(QStringLiteral("Translations (row 1), ")));
    CHECK(table->property("invalid").toBool());

    field->setCurrentIndex(field->findData(QStringLiteral("description")));
    language->setEditText(QStringLiteral("French"));
    text->setPlainText(
        QStringLiteral("Une communauté de pratique\nsur les transferts monétaires."));
    CHECK(problemOf(editor).startsWith(QStringLiteral("Translations (row 1), language: ")));
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    CHECK(problemOf(editor).isEmpty());
    saveAndWait(window, editor);

    const Initiative after = stored(path, id);
    REQUIRE(after.translations.size() == 1);
    CHECK(
        after.translations[0] ==
        Translation{QStringLiteral("description"), QStringLiteral("fr"),
                    QStringLiteral("Une communauté de pratique\nsur les transferts monétaires.")});
    CHECK(after.descriptionIn(QStringLiteral("fr")).startsWith(QStringLiteral("Une communauté")));
}

TEST_CASE("SDG targets are ticked under their goals", "[gui][edit]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = fixtureCatalogue(dir);
    MainWindow window;
    openIn(window, path);
    const QString id = QStringLiteral("mnch-china-uganda");
    REQUIRE(stored(path, id).sdgs == QStringList{QStringLiteral("3"), QStringLiteral("2")});
    InitiativeEditor *editor = editInitiative(window, id);
    auto *tree = child<QTreeWidget>(editor, "sdgTree");
    CHECK(tree->accessibleName() == QStringLiteral("SDG goals and targets"));
    REQUIRE(tree->topLevelItemCount() == 17);
    QTreeWidgetItem *health = tree->topLevelItem(2);
    CHECK(health->data(0, Qt::UserRole).toString() == QStringLiteral("3"));
    CHECK(health->checkState(0) == Qt::Checked);
    QTreeWidgetItem *target = nullptr;
    for (int i = 0; i < health->childCount(); ++i)
        if (health->child(i)->data(0, Qt::UserRole).toString() == QStringLiteral("3.2"))
            target = health->child(i);
    REQUIRE(target);
    CHECK(target->text(0).startsWith(QStringLiteral("3.2 ")));
    CHECK(target->checkState(0) == Qt::Unchecked);
    target->setCheckState(0, Qt::Checked);
    CHECK(problemOf(editor).isEmpty());
    saveAndWait(window, editor);

    // The record's own order first, the new target after.
    CHECK(stored(path, id).sdgs ==
          QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("3.2")});
}

TEST_CASE("An organisation made from a partner row is written with the initiative; undo takes "
          "the initiative back",
          "[gui][edit]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = fixtureCatalogue(dir);
    MainWindow window;
    openIn(window, path);
    const QString id = QStringLiteral("brazil-sao-tome-ecd");
    const Initiative before = stored(path, id);
    InitiativeEditor *editor = editInitiative(window, id);
    auto *partners = child<QTableWidget>(editor, "partnersTable");
    const int rows = partners->rowCount();
    child<QPushButton>(editor, "addPartnerButton")->click();
    REQUIRE(partners->rowCount() == rows + 1);
    auto *organisation = cell<QComboBox>(partners, rows, 0);
    // Typed, and not in the catalogue: said, and the name the dialog starts from.
    organisation->setEditText(QStringLiteral("Ghana Health Service"));
    CHECK(problemOf(editor).contains(QStringLiteral("is not in the file or the catalogue")));
    partners->setCurrentCell(rows, 0);

    QString startedWith;
    bool dialogSeen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<OrganisationDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialogSeen = true;
        startedWith = child<QLineEdit>(dialog, "organisationName")->text();
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        child<QLineEdit>(dialog, "organisationName")->clear();
        CHECK_FALSE(ok->isEnabled());
        CHECK(child<QLabel>(dialog, "organisationProblem")->text().startsWith("Name: "));
        child<QLineEdit>(dialog, "organisationName")
            ->setText(QStringLiteral("Ghana Health Service"));
        child<QLineEdit>(dialog, "organisationAcronym")->setText(QStringLiteral("GHS"));
        auto *type = child<QComboBox>(dialog, "organisationType");
        type->setCurrentIndex(type->findData(QStringLiteral("government")));
        auto *country = child<QComboBox>(dialog, "organisationCountry");
        country->setCurrentIndex(country->findData(QStringLiteral("GH")));
        CHECK(dialog->organisation().id == QStringLiteral("ghs"));
        REQUIRE(ok->isEnabled());
        ok->click();
    });
    child<QPushButton>(editor, "newPartnerOrganisationButton")->click();
    REQUIRE(dialogSeen);
    CHECK(startedWith == QStringLiteral("Ghana Health Service"));
    CHECK(organisation->currentData().toString() == QStringLiteral("ghs"));
    CHECK(problemOf(editor).isEmpty());
    // The funding rows offer it too.
    child<QPushButton>(editor, "addFundingButton")->click();
    auto *funder = cell<QComboBox>(child<QTableWidget>(editor, "fundingTable"), 0, 0);
    CHECK(funder->findData(QStringLiteral("ghs")) >= 0);
    child<QTableWidget>(editor, "fundingTable")->setCurrentCell(0, 0);
    child<QPushButton>(editor, "removeFundingButton")->click();
    CHECK(child<QTableWidget>(editor, "fundingTable")->rowCount() == 0);
    REQUIRE(editor->newOrganisations().size() == 1);
    saveAndWait(window, editor);

    {
        auto store = okValue(CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly));
        const Organisation ghs = okValue(store->organisation(QStringLiteral("ghs")));
        CHECK(ghs.name == QStringLiteral("Ghana Health Service"));
        CHECK(ghs.acronym == QStringLiteral("GHS"));
        CHECK(ghs.type == QStringLiteral("government"));
        CHECK(ghs.country == QStringLiteral("GH"));
        const Initiative after = okValue(store->initiative(id));
        CHECK(after.partners.size() == before.partners.size() + 1);
        CHECK(after.partners.back() ==
              Partnership{QStringLiteral("ghs"), QStringLiteral("implementer")});
    }

    // Undo: the initiative as it was (the organisation stays, unused).
    QUndoStack *undo = window.edits()->undoStack();
    undo->undo();
    REQUIRE(QTest::qWaitFor([&] { return stored(path, id) == before; }, 10000));
    settle(window);
    {
        auto store = okValue(CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly));
        CHECK(store->hasOrganisation(QStringLiteral("ghs")));
    }
    // Redo finds the organisation there and writes the partnership again.
    undo->redo();
    REQUIRE(QTest::qWaitFor(
        [&] { return stored(path, id).partners.size() > before.partners.size(); }, 10000));
    settle(window);
}

TEST_CASE("The details have a History tab listing each edit's old and new values", "[gui][edit]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = fixtureCatalogue(dir);
    MainWindow window;
    openIn(window, path);
    auto *tabs = child<QTabWidget>(&window, "detailsTabs");
    auto *details = child<InitiativeDetailsView>(&window, "detailsView");
    auto *history = child<InitiativeDetailsView>(&window, "historyView");
    REQUIRE(tabs->count() == 2);
    CHECK(tabs->tabText(0) == QStringLiteral("&Details"));
    CHECK(tabs->tabText(1) == QStringLiteral("Hi&story"));
    CHECK_FALSE(tabs->accessibleName().isEmpty());
    CHECK(history->accessibleName() == QStringLiteral("History of the selected initiative"));

    const QString id = QStringLiteral("wash-asia-conference");
    InitiativeEditor *editor = editInitiative(window, id);
    auto *title = child<QLineEdit>(editor, "titleEdit");
    const QString oldTitle = title->text();
    title->setText(QStringLiteral("WASH conference in Bangkok"));
    saveAndWait(window, editor);
    REQUIRE(QTest::qWaitFor(
        [&] { return history->toPlainText().contains(QStringLiteral("in Bangkok")); }, 5000));
    CHECK(history->toPlainText().contains(
        QStringLiteral("title: %1 → WASH conference in Bangkok").arg(oldTitle)));
    // The details no longer end with the history.
    CHECK(details->toPlainText().contains(QStringLiteral("WASH conference in Bangkok")));
    CHECK_FALSE(details->toPlainText().contains(QStringLiteral("→")));

    // F6 lands in the tab shown; Enter on a result goes back to the details.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    tabs->setCurrentWidget(history);
    auto *results = child<ResultsView>(&window, "resultsView");
    results->setFocus();
    REQUIRE(results->hasFocus());
    QTest::keyClick(results, Qt::Key_F6);
    CHECK(QApplication::focusWidget() == history);
    results->setFocus();
    QTest::keyClick(results, Qt::Key_Return);
    CHECK(tabs->currentWidget() == details);
    CHECK(QApplication::focusWidget() == details);

    // An initiative never edited says so.
    results->setCurrentIndex(window.resultsModel()->index(
        window.resultsModel()->rowOf(QStringLiteral("cash-transfers-cop")), 0));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return history->toPlainText().contains(QStringLiteral("No change has been recorded"));
        },
        5000));
}
