#pragma once

#include "TestSupport.h"

#include "core/io/CatalogueImport.h"
#include "core/storage/CatalogueStore.h"

#include <catch2/catch.hpp>

namespace ssc::test {

inline std::unique_ptr<CatalogueStore> emptyStore()
{
    auto store = CatalogueStore::openInMemory();
    REQUIRE(store.ok());
    return std::move(store.value());
}

// Checks and writes the file, answering every conflict alike; both passes
// must succeed. Returns the report.
inline ImportReport importFile(CatalogueStore &store, const QString &path, ImportFormat format,
                               bool takeTheirs = false)
{
    CatalogueImport import(store, path, format);
    Status checked = import.check();
    INFO((checked ? QString() : checked.error().message).toStdString());
    REQUIRE(checked.ok());
    for (ImportConflict &c : import.conflicts())
        c.takeTheirs = takeTheirs;
    Status written = import.write();
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    return import.report();
}

} // namespace ssc::test
