#pragma once

#include "core/base/Result.h"
#include "core/query/CatalogueFilter.h"
#include "core/query/QueryTypes.h"
#include "core/storage/FilterSql.h"

#include <QSqlDatabase>

namespace ssc {

// Counts, for one facet, the initiatives per value under a filter with that
// facet's own selection left out (GROUP BY over the filtered set). The
// country role applies to country and region counts.
class FacetCountQuery
{
public:
    FacetCountQuery(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}
    Result<std::vector<FacetValueCount>> run(const CatalogueFilter &filter, Facet facet) const;
    // Among the initiatives the whole filter holds (its own selection of
    // this facet too), the count per value; role applies to countries and
    // regions (empty: any).
    Result<std::vector<FacetValueCount>> within(const CatalogueFilter &filter, Facet facet,
                                                const QString &role) const;

    // Among the initiatives the filter holds, how many join each pair of
    // countries in those roles (provider to recipient).
    Result<std::vector<CountryLink>> links(const CatalogueFilter &filter, const QString &fromRole,
                                           const QString &toRole) const;

    // Among the initiatives the filter holds, how many start in each year.
    Result<std::vector<YearCount>> startYears(const CatalogueFilter &filter) const;
    // The funding with an amount among them, per year and currency.
    Result<std::vector<FundingTotal>> funding(const CatalogueFilter &filter) const;

private:
    Result<std::vector<FacetValueCount>> counted(SqlFragment where, Facet facet,
                                                 const QString &role) const;
    static QString label(Facet facet, const QString &value);

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace ssc
