#include "core/query/QueryEngine.h"

namespace ssc {

Result<QueryResult> QueryEngine::query(const CatalogueFilter &filter, const PageRequest &request)
{
    auto rows = page(filter, request);
    if (!rows.ok())
        return rows.error();
    auto total = count(filter);
    if (!total.ok())
        return total.error();
    auto facets = facetCounts(filter);
    if (!facets.ok())
        return facets.error();
    return QueryResult{std::move(rows.value()), *total, std::move(facets.value())};
}

Result<std::vector<FacetValueCount>> QueryEngine::facetValueCounts(const CatalogueFilter &filter,
                                                                   Facet facet)
{
    auto all = facetCounts(filter);
    if (!all.ok())
        return all.error();
    return std::move(all->at(facet));
}

} // namespace ssc
