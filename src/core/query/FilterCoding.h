#pragma once

#include "core/query/CatalogueFilter.h"

#include <QByteArray>
#include <QVariantMap>

namespace ssc {

// A filter as it is kept: in settings between sessions (a map), and in a
// catalogue file's saved searches (the same map as compact JSON).
QVariantMap filterToVariant(const CatalogueFilter &filter);
CatalogueFilter filterFromVariant(const QVariantMap &map);
QByteArray filterToJson(const CatalogueFilter &filter);
// Null when json is not an object.
std::optional<CatalogueFilter> filterFromJson(const QByteArray &json);

} // namespace ssc
