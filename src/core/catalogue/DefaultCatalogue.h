#pragma once

#include "core/storage/CatalogueStore.h"

namespace ssc {

// The catalogue a user starts with: created on first start in the
// platform's data location from the bundled data/catalogue.json.
class DefaultCatalogue
{
public:
    static QString defaultPath();
    static Result<CatalogueContent> bundledContent();
    // Opens the catalogue at path; when it does not exist yet, creates it
    // filled with the bundled content. The file appears only when complete.
    static Result<std::unique_ptr<CatalogueStore>> openOrCreateSeeded(const QString &path);
};

} // namespace ssc
