// The results table: columns that fit at a small window size, chosen from
// the header's menu (the title cannot be hidden), a title that stays in view
// when the table scrolls sideways, and a row menu that opens, copies and
// exports.
#include "WindowTestSupport.h"

#include "gui/InitiativeTableModel.h"
#include "gui/ReportDialog.h"
#include "gui/ResultsView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>

using namespace ssc;
using namespace ssc::test;
using Model = InitiativeTableModel;

namespace {

QAction *actionNamed(QMenu *menu, const QString &start)
{
    for (QAction *a : menu->actions())
        if (a->text().remove(QLatin1Char('&')).startsWith(start))
            return a;
    return nullptr;
}

int shownWidth(const ResultsView *view)
{
    int width = 0;
    for (int c = 0; c < Model::ColumnCount; ++c)
        width += view->isColumnHidden(c) ? 0 : view->columnWidth(c);
    return width;
}

} // namespace

TEST_CASE("The results table fits its columns, keeps the title in view and has menus",
          "[gui][results]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1024, 700);
    openIn(window, fixtureCatalogue(dir));
    auto *view = window.findChild<ResultsView *>(QStringLiteral("resultsView"));
    REQUIRE(view);

    // A first start shows the columns that fit, title first and widest.
    CHECK_FALSE(view->isColumnHidden(Model::Title));
    CHECK(view->isColumnHidden(Model::Partners));
    CHECK(shownWidth(view) <= view->viewport()->width());
    CHECK(view->horizontalScrollBar()->maximum() == 0);
    for (int c = 0; c < Model::ColumnCount; ++c)
        CHECK(view->columnWidth(Model::Title) >= view->columnWidth(c));

    // A larger window: the columns follow its width, until the user sets one.
    window.resize(1600, 1000);
    QCoreApplication::processEvents();
    CHECK(shownWidth(view) <= view->viewport()->width());
    CHECK(shownWidth(view) >= view->viewport()->width() * 9 / 10);
    for (int c = 0; c < Model::ColumnCount; ++c)
        CHECK(view->columnWidth(Model::Title) >= view->columnWidth(c));
    view->setColumnWidth(Model::Countries, 300);
    window.resize(1024, 700);
    QCoreApplication::processEvents();
    CHECK(view->columnWidth(Model::Countries) == 300);

    // The header's menu shows a column; the title's entry is disabled.
    QMenu *columns = view->columnMenu();
    QAction *title = actionNamed(columns, QStringLiteral("Title"));
    QAction *partners = actionNamed(columns, QStringLiteral("Partners"));
    REQUIRE(title);
    REQUIRE(partners);
    CHECK_FALSE(title->isEnabled());
    CHECK(title->isChecked());
    partners->trigger();
    CHECK_FALSE(view->isColumnHidden(Model::Partners));
    delete columns;

    // Scrolled sideways, the title still shows at the left edge.
    for (int c = 0; c < Model::ColumnCount; ++c)
        view->setColumnHidden(c, false);
    QCoreApplication::processEvents();
    REQUIRE(view->horizontalScrollBar()->maximum() > 0);
    CHECK_FALSE(view->frozenTitle()->isVisible());
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
    QCoreApplication::processEvents();
    CHECK(view->columnViewportPosition(Model::Title) < 0);
    CHECK(view->frozenTitle()->isVisible());
    CHECK(view->frozenTitle()->geometry().left() <= view->frameWidth());
    CHECK(view->frozenTitle()->columnWidth(Model::Title) == view->columnWidth(Model::Title));
    view->horizontalScrollBar()->setValue(0);
    QCoreApplication::processEvents();
    CHECK_FALSE(view->frozenTitle()->isVisible());

    // Reset columns brings back the first layout.
    columns = view->columnMenu();
    actionNamed(columns, QStringLiteral("Reset columns"))->trigger();
    delete columns;
    CHECK(view->isColumnHidden(Model::Partners));

    // The row menu: copy as text and the identifiers of two rows.
    view->selectionModel()->clearSelection();
    view->selectRow(0);
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QMenu *rows = view->rowMenu();
    CHECK_FALSE(actionNamed(rows, QStringLiteral("Open"))->isEnabled()); // two rows
    actionNamed(rows, QStringLiteral("Copy as text"))->trigger();
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(view->model()->index(0, Model::Title).data().toString() + '\t'));
    actionNamed(rows, QStringLiteral("Copy identifier"))->trigger();
    CHECK(QApplication::clipboard()->text() ==
          window.resultsModel()->initiativeId(0) + '\n' + window.resultsModel()->initiativeId(2));

    // Export selected rows: the report dialog opens on the selection.
    actionNamed(rows, QStringLiteral("Export 2 selected"))->trigger();
    delete rows;
    REQUIRE(QTest::qWaitFor([&] { return window.reportDialog() != nullptr; }, 5000));
    auto *selection =
        window.reportDialog()->findChild<QRadioButton *>(QStringLiteral("scopeSelection"));
    REQUIRE(selection);
    CHECK(selection->isEnabled());
    CHECK(selection->isChecked());
    window.reportDialog()->reject();

    // Open on one row reads it: the details take the focus.
    view->selectRow(1);
    rows = view->rowMenu();
    QAction *open = actionNamed(rows, QStringLiteral("Open"));
    CHECK(open->isEnabled());
    open->trigger();
    delete rows;
    CHECK(window.findChild<QWidget *>(QStringLiteral("detailsView"))->hasFocus());
}
