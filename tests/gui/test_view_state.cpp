// Each catalogue file keeps its own filter, sort and columns: the last
// filter does not follow the user into another catalogue.
#include "WindowTestSupport.h"

#include "gui/InitiativeTableModel.h"

#include <QLineEdit>
#include <QSettings>
#include <QTableView>

using namespace ssc;
using namespace ssc::test;

TEST_CASE("Filters, sort and columns are remembered per catalogue file", "[gui][state]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString first = fixtureCatalogue(dir);
    const QString second = generatedCatalogue(dir, 3, 60);
    auto *window = new MainWindow;
    openIn(*window, first);
    auto *table = window->findChild<QTableView *>(QStringLiteral("resultsView"));
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    REQUIRE(table);
    REQUIRE(search);

    // In the first catalogue: a search, and sorted by years, latest first.
    search->setText(QStringLiteral("China"));
    QTest::keyClick(search, Qt::Key_Return);
    settle(*window);
    table->sortByColumn(InitiativeTableModel::Years, Qt::DescendingOrder);
    settle(*window);
    CHECK(window->resultsModel()->total() == 1);

    // The second catalogue opens unfiltered, in its own (default) order.
    window->openCatalogue(second);
    settle(*window);
    CHECK(window->shownFilter().isEmpty());
    CHECK(search->text().isEmpty());
    CHECK(window->resultsModel()->total() == 60);
    CHECK(window->resultsModel()->sortOrder().column != SortColumn::Years);
    window->filterPanel()->setFilter([] {
        CatalogueFilter f;
        f.statuses = {QStringLiteral("completed")};
        return f;
    }());
    emit window->filterPanel()->filterChanged();
    settle(*window);
    const qint64 completed = window->resultsModel()->total();

    // Back to the first: its search and order come back.
    window->openCatalogue(first);
    settle(*window);
    CHECK(window->shownFilter().text == QStringLiteral("China"));
    CHECK(search->text() == QStringLiteral("China"));
    CHECK(window->resultsModel()->total() == 1);
    CHECK(window->resultsModel()->sortOrder().column == SortColumn::Years);
    CHECK(window->resultsModel()->sortOrder().descending);
    window->close();
    delete window;

    // And after a restart, each file still has its own.
    MainWindow again;
    openIn(again, second);
    CHECK(again.shownFilter().statuses == QStringList{QStringLiteral("completed")});
    CHECK(again.resultsModel()->total() == completed);
}
