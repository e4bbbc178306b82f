#pragma once

#include "core/query/CatalogueFilter.h"

#include <QVariantMap>

namespace ssc {

// A filter as settings keep it between sessions, and the chips that show it.
QVariantMap filterToVariant(const CatalogueFilter &filter);
CatalogueFilter filterFromVariant(const QVariantMap &map);

} // namespace ssc
