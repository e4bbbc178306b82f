#pragma once

#include "TestSupport.h"

#include "core/generator/CatalogueGenerator.h"
#include "gui/FacetModel.h"
#include "gui/FilterPanel.h"
#include "gui/MainWindow.h"

#include <QCoreApplication>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

namespace ssc::test {

// Waits until the window has no query or open outstanding.
inline void settle(const MainWindow &window)
{
    REQUIRE(QTest::qWaitFor([&window] { return !window.isBusy(); }, 20000));
    QCoreApplication::processEvents();
}

// Shows the window on the catalogue at path and waits for its first answer.
inline void openIn(MainWindow &window, const QString &path)
{
    window.show();
    window.openCatalogue(path);
    settle(window);
}

// A generated catalogue of count initiatives in dir, for the window to open.
inline QString generatedCatalogue(const QTemporaryDir &dir, quint64 seed, qint64 count)
{
    const QString path = dir.filePath(QStringLiteral("generated.ssccat"));
    auto store = CatalogueStore::open(path);
    REQUIRE(store.ok());
    REQUIRE(CatalogueGenerator(seed).writeInto(**store, count).ok());
    return path;
}

// The small fixture catalogue in a file of its own.
inline QString fixtureCatalogue(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("fixture.ssccat"));
    auto store = okValue(CatalogueStore::open(path));
    REQUIRE(store->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    return path;
}

// Ticks a value's check box the way a keyboard user does: select, Space.
inline void tick(FilterPanel *panel, Facet facet, const QString &value)
{
    QTreeView *view = panel->viewFor(facet);
    REQUIRE(view);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    const QModelIndex source = panel->modelFor(facet)->indexOf(facet, value);
    REQUIRE(source.isValid());
    const QModelIndex shown = proxy->mapFromSource(source);
    REQUIRE(shown.isValid());
    view->scrollTo(shown);
    view->setCurrentIndex(shown);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Space);
}

} // namespace ssc::test
