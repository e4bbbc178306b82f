// The filter dock: panes as tall as their values up to a limit, the pane in
// use growing, full names in tooltips, "None recorded" for an empty pane,
// and a wheel that scrolls the dock rather than the list under the pointer.
#include "WindowTestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QWheelEvent>

using namespace ssc;
using namespace ssc::test;

namespace {

int rowsShown(const QTreeView *view)
{
    const int row = view->visualRect(view->model()->index(0, 0)).height();
    return (view->height() - 2 * view->frameWidth()) / row;
}

QLabel *emptyLabelOf(const QTreeView *view)
{
    return view->parentWidget()->findChild<QLabel *>(QStringLiteral("emptyLabel"));
}

void wheelOver(QWidget *widget)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

} // namespace

TEST_CASE("Filter panes size to their values and do not trap the wheel", "[gui][dock]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1024, 700);
    openIn(window, generatedCatalogue(dir, 9, 3000));
    FilterPanel *panel = window.filterPanel();
    QCoreApplication::processEvents();

    // A short list shows all its rows, a long one ten and scrolls.
    QTreeView *modality = panel->viewFor(Facet::Modality);
    QTreeView *partners = panel->viewFor(Facet::Partner);
    CHECK(rowsShown(modality) == modality->model()->rowCount());
    CHECK(modality->verticalScrollBar()->maximum() == 0);
    CHECK(partners->model()->rowCount() > 10);
    CHECK(rowsShown(partners) == 10);

    // The full name is in the tooltip, however narrow the pane.
    const QModelIndex first = partners->model()->index(0, 0);
    CHECK(first.data(Qt::ToolTipRole).toString().startsWith(first.data().toString() + ':'));

    // The wheel over a list the user has not clicked into scrolls the dock.
    auto *scroll = panel->findChild<QScrollArea *>(QStringLiteral("scrollArea"));
    REQUIRE(scroll);
    REQUIRE(scroll->verticalScrollBar()->maximum() > 0);
    window.findChild<QWidget *>(QStringLiteral("searchEdit"))->setFocus();
    const int dockBefore = scroll->verticalScrollBar()->value();
    wheelOver(partners->viewport());
    CHECK(scroll->verticalScrollBar()->value() > dockBefore);
    CHECK(partners->verticalScrollBar()->value() == 0);

    // Once in use, the list takes the wheel, and grows to the dock's height.
    partners->setFocus();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(rowsShown(partners) > 10);
    const int dockNow = scroll->verticalScrollBar()->value();
    wheelOver(partners->viewport());
    CHECK(partners->verticalScrollBar()->value() > 0);
    CHECK(scroll->verticalScrollBar()->value() == dockNow);
}

TEST_CASE("An empty pane says none recorded", "[gui][dock]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    window.openCatalogue(dir.filePath(QStringLiteral("new.ssccat")),
                         CatalogueStore::OpenMode::CreateIfMissing);
    settle(window);
    QCoreApplication::processEvents();
    QTreeView *partners = window.filterPanel()->viewFor(Facet::Partner);
    CHECK_FALSE(partners->isVisible());
    QLabel *none = emptyLabelOf(partners);
    REQUIRE(none);
    CHECK(none->isVisible());
    CHECK(none->text() == QStringLiteral("None recorded in this catalogue"));
}
