#pragma once

#include "core/base/Result.h"
#include "core/query/CatalogueFilter.h"

#include <QCommandLineParser>

namespace ssc {

class CatalogueStore;

// The filter flags shared by list, facets, export (and later report):
// --country, --role, --region, --area, --partner, --funding, --modality,
// --type, --sdg, --from, --to, --status, --search.
class FilterOptions
{
public:
    static void addTo(QCommandLineParser &parser);
    // Resolves names and codes into a filter; unknown values are input
    // errors naming the flag and what was expected.
    static Result<CatalogueFilter> read(const QCommandLineParser &parser,
                                        const CatalogueStore &store);
};

} // namespace ssc
