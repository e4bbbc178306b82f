#pragma once

#include "core/base/Result.h"
#include "core/domain/Initiative.h"

#include <QStringList>

namespace ssc {

class CatalogueStore;

// One initiative as plain text lines ("Field: value") for `show`: title,
// dates, countries by role, areas, partners, funding, SDGs, texts, sources.
class InitiativeText
{
public:
    static Result<QStringList> lines(const CatalogueStore &store, const Initiative &initiative);
};

} // namespace ssc
