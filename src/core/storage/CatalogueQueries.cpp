// The read side of CatalogueStore: pages, counts, facet counts and row ids
// under a filter, from the in-memory index when it is on, else plain SQL.
#include "core/storage/CatalogueStore.h"

#include "core/index/IndexedQuery.h"
#include "core/storage/FacetCountQuery.h"
#include "core/storage/FilterSql.h"
#include "core/storage/PreparedQuery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ssc {

Result<std::vector<qint64>> CatalogueStore::rowIds(const CatalogueFilter &filter,
                                                   const SortOrder &sort) const
{
    // With no filter and the title order this is a scan of the title index
    // alone; no row of the table is read.
    const SqlFragment where = FilterSql::where(filter);
    QSqlQuery q = execPrepared(m_db,
                               QStringLiteral("SELECT i.id FROM initiative i") + where.sql +
                                   FilterSql::orderBy(sort),
                               where.binds);
    if (q.lastError().isValid())
        return readError(q);
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

Result<std::vector<InitiativeRow>> CatalogueStore::page(const CatalogueFilter &filter,
                                                        const PageRequest &request) const
{
    if (m_indexed)
        return m_indexed->page(filter, request);
    SqlFragment where = FilterSql::where(filter);
    where.binds << request.limit << request.offset;
    QSqlQuery q = execPrepared(
        m_db,
        QStringLiteral("SELECT i.key, i.title, i.countries_label, i.areas_label, "
                       "i.partners_label, i.funding_label, i.start_year, i.end_year, i.status, "
                       "i.activity_type FROM initiative i") +
            where.sql + FilterSql::orderBy(request.sort) + QStringLiteral(" LIMIT ? OFFSET ?"),
        where.binds);
    if (q.lastError().isValid())
        return readError(q);
    std::vector<InitiativeRow> rows;
    while (q.next()) {
        InitiativeRow r;
        r.id = q.value(0).toString();
        r.title = q.value(1).toString();
        r.countries = q.value(2).toString();
        r.programmeAreas = q.value(3).toString();
        r.partners = q.value(4).toString();
        r.funding = q.value(5).toString();
        if (!q.value(6).isNull())
            r.startYear = q.value(6).toInt();
        if (!q.value(7).isNull())
            r.endYear = q.value(7).toInt();
        r.status = q.value(8).toString();
        r.activityType = q.value(9).toString();
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<qint64> CatalogueStore::count(const CatalogueFilter &filter) const
{
    if (m_indexed)
        return m_indexed->count(filter);
    const SqlFragment where = FilterSql::where(filter);
    QSqlQuery q = execPrepared(
        m_db, QStringLiteral("SELECT count(*) FROM initiative i") + where.sql, where.binds);
    if (!q.next())
        return readError(q);
    return q.value(0).toLongLong();
}

Result<std::vector<FacetValueCount>> CatalogueStore::facetCounts(const CatalogueFilter &filter,
                                                                 Facet facet) const
{
    if (m_indexed) {
        auto all = m_indexed->facetCounts(filter);
        if (!all.ok())
            return all.error();
        return std::move(all->at(facet));
    }
    return FacetCountQuery(m_db, m_path).run(filter, facet);
}

Result<FacetCounts> CatalogueStore::facetCounts(const CatalogueFilter &filter) const
{
    if (m_indexed)
        return m_indexed->facetCounts(filter);
    FacetCounts counts;
    for (Facet facet : kAllFacets) {
        auto values = facetCounts(filter, facet);
        if (!values.ok())
            return values.error();
        counts[facet] = std::move(values.value());
    }
    return counts;
}

Result<QueryResult> CatalogueStore::query(const CatalogueFilter &filter,
                                          const PageRequest &request) const
{
    if (m_indexed)
        return m_indexed->query(filter, request);
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

} // namespace ssc
