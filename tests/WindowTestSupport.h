#pragma once

#include "TestSupport.h"

#include "core/generator/CatalogueGenerator.h"
#include "gui/MainWindow.h"

#include <QCoreApplication>
#include <QTest>

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

} // namespace ssc::test
