#pragma once

#include "core/base/Result.h"
#include "core/query/CatalogueFilter.h"
#include "core/query/QueryTypes.h"

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

private:
    static QString label(Facet facet, const QString &value);

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace ssc
