#pragma once

#include "core/base/Result.h"
#include "core/domain/Initiative.h"

#include <nlohmann/json.hpp>

// The history and saved searches of a catalogue file (docs/CATALOGUE_FORMAT.md),
// beside the records CatalogueJson reads and writes: so that they travel with
// an exported catalogue.
namespace ssc::CatalogueJsonHistory {

void write(nlohmann::ordered_json &root, const CatalogueContent &content);
// Checks each entry's structure and names the first problem as the
// records' checks do: FILE: history[3], field "at": ...
Status read(const nlohmann::json &root, const QString &fileName, CatalogueContent &content);

} // namespace ssc::CatalogueJsonHistory
