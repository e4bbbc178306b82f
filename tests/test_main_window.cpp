#include "TestSupport.h"

#include "gui/InitiativeDetailsView.h"
#include "gui/InitiativeTableModel.h"
#include "gui/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace ssc;
using namespace ssc::test;

TEST_CASE("The window lists the catalogue, searches it and shows details", "[gui]")
{
    auto store = CatalogueStore::openInMemory();
    REQUIRE(store.ok());
    REQUIRE((*store)->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    MainWindow window(std::move(store.value()));
    window.show();

    auto *table = window.findChild<QTableView *>(QStringLiteral("resultsView"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
    auto *details = window.findChild<InitiativeDetailsView *>(QStringLiteral("detailsView"));
    REQUIRE(table);
    REQUIRE(search);
    REQUIRE(details);
    CHECK(table->model()->rowCount() == 6);
    CHECK(count->text() == QStringLiteral("6 of 6 initiatives"));

    QTest::keyClicks(search, QStringLiteral("Sao Tome"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(table->model()->rowCount() == 1);
    CHECK(count->text() == QStringLiteral("1 of 6 initiatives"));
    CHECK(table->model()->index(0, 0).data().toString().startsWith(
        QStringLiteral("Early childhood")));

    table->setCurrentIndex(table->model()->index(0, 0));
    CHECK(details->toPlainText().contains(QStringLiteral("Agência Brasileira de Cooperação")));
    CHECK(details->toPlainText().contains(QStringLiteral("Sao Tome and Principe")));
    CHECK(details->toHtml().contains(QStringLiteral("https://example.org/fixture")));

    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(table->model()->rowCount() == 6);
    // Sorting is a query: clicking the Years header puts the undated one first.
    table->sortByColumn(InitiativeTableModel::Years, Qt::AscendingOrder);
    CHECK(table->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Publication")));
}
