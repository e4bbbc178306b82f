#pragma once

#include "core/base/Result.h"
#include "core/query/CatalogueFilter.h"
#include "core/query/QueryTypes.h"

#include <QString>

#include <vector>

namespace ssc {

// What one committed write changed, as the write path tells the engine:
// the rows it removed (or replaced: a replaced initiative is removed and
// written again under a new row id) and the catalogue's new revision. Rows
// added are those above the highest row id the engine has seen.
struct CatalogueChange
{
    QString revision;
    std::vector<qint64> removedRowIds;
    bool rowsAdded = true; // false when the write only removed rows
};

// The questions every view of a catalogue asks: a page of rows, the total,
// every facet's counts, the row ids in order. The window, the command line
// and reports all ask through this. Two engines answer, chosen once when a
// catalogue opens: plain SQL (SqlQueryEngine, always available) and the
// in-memory facet index (IndexedQuery, milliseconds at a million rows). For
// any filter both give the same answers (tests/core/index/test_facets_random).
class QueryEngine
{
public:
    virtual ~QueryEngine() = default;

    // Short name for messages and benchmarks: "sql" or "index".
    virtual QString name() const = 0;
    // True when every facet's counts come in milliseconds; false where they
    // may take seconds (SQL at a million rows), so a window asks for the
    // results alone and the counts later.
    virtual bool countsQuickly() const { return false; }

    virtual Result<std::vector<InitiativeRow>> page(const CatalogueFilter &filter,
                                                    const PageRequest &request) = 0;
    virtual Result<qint64> count(const CatalogueFilter &filter) = 0;
    // For each facet, its values' counts under the filter without the
    // facet's own selection.
    virtual Result<FacetCounts> facetCounts(const CatalogueFilter &filter) = 0;
    // The row ids of every initiative the filter holds, in this order.
    virtual Result<std::vector<qint64>> rowIds(const CatalogueFilter &filter,
                                               const SortOrder &sort) = 0;
    // A page, the total and every facet's counts in one answer.
    virtual Result<QueryResult> query(const CatalogueFilter &filter, const PageRequest &request);
    // One facet's counts; engines that count all facets at once pick it out.
    virtual Result<std::vector<FacetValueCount>> facetValueCounts(const CatalogueFilter &filter,
                                                                  Facet facet);

    // Among the initiatives the whole filter holds (the facet's own
    // selection too), the count per value of one facet; role applies to
    // countries and regions (empty: any). What the map shades and the
    // dashboard charts: where the filter's initiatives are, in that role.
    virtual Result<std::vector<FacetValueCount>>
    countsWithin(const CatalogueFilter &filter, Facet facet, const QString &role = {}) = 0;
    // Among the initiatives the filter holds, how many join each pair of
    // countries, one in fromRole and another in toRole; largest first.
    virtual Result<std::vector<CountryLink>>
    countryLinks(const CatalogueFilter &filter, const QString &fromRole, const QString &toRole) = 0;
    // Among the initiatives the filter holds, how many start in each year
    // (unknown start years left out), by year.
    virtual Result<std::vector<YearCount>> startYearCounts(const CatalogueFilter &filter) = 0;
    // Among the initiatives the filter holds, the funding recorded with an
    // amount, per year and currency (FundingTotal), by year then currency.
    virtual Result<std::vector<FundingTotal>> fundingByYear(const CatalogueFilter &filter) = 0;
    // Called by the write path after each committed write, on the thread
    // that wrote, so that later answers include it.
    [[nodiscard]] virtual Status changed(const CatalogueChange &change) = 0;
};

} // namespace ssc
